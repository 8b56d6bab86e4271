#!/usr/bin/env python3
"""Verify the labelled set (standard library only; all arithmetic in decimal.Decimal).

1. labels.jsonl: 35 cases (5 clean + 30 error), every label value occurs in its case, every code
   of errors.md §A (the 13 error codes) is used at least twice;
2. every error case differs from its clean draft in one contiguous place that overlaps an
   occurrence of the label value; the changed figure occurs only once in the clean draft (twice or
   more only for conflicting_values);
3. the arithmetic of every draft is redone from the text: for a clean draft every check passes
   (including the warning-level scoring-rule checks); for an error case the labelled code fails and
   no other error-level code fails.
Prints OK at the end.
"""
import difflib
import json
import os
import re
import sys
from datetime import date
from decimal import Decimal as D, ROUND_HALF_UP, getcontext

getcontext().prec = 40
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

ERROR_CODES = [
    "rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
    "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
    "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
    "completion_mismatch",
]
NUM = r"(\d[\d,]*(?:\.\d+)?)"
HUNDRED = D(100)
WAN = D(10000)


class ExtractError(Exception):
    pass


# ---------------------------------------------------------------- quantities

class X:
    """A stated number: value in a base unit and the half-unit tolerance of its last digit."""

    def __init__(self, raw, scale=D(1), approx=False):
        s = raw.replace(",", "")
        self.raw = raw
        self.d = len(s.split(".")[1]) if "." in s else 0
        self.v = D(s) * scale
        self.t = D("0.5") * D(10) ** (-self.d) * scale + D("1e-9")
        self.approx = approx

    def scaled(self, f):
        y = X.__new__(X)
        y.raw, y.d, y.v, y.t, y.approx = self.raw, self.d, self.v * f, self.t * f, self.approx
        return y

    def __repr__(self):
        return f"X({self.raw})"


def money(raw, unit):
    """Amount normalised to 万元."""
    if unit == "万元":
        return X(raw)
    if unit == "元":
        return X(raw, D(1) / WAN)
    if unit == "亿元":
        return X(raw, WAN)
    raise ExtractError(f"unknown money unit {unit!r}")


def r2(v):
    return v.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def near(x, c):
    return abs(c - x.v) <= x.t


def same(a, b):
    """Two statements of one quantity agree (within the coarser of the two precisions)."""
    return abs(a.v - b.v) <= max(a.t, b.t)


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
               "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


# ---------------------------------------------------------------- extraction

def m1(t, pat, flags=0):
    ms = list(re.finditer(pat, t, flags))
    if len(ms) != 1:
        raise ExtractError(f"pattern {pat!r} matched {len(ms)} times")
    return ms[0]


def x1(t, pat, flags=0):
    return X(m1(t, pat, flags).group(1))


def parse_val(s):
    """Indicator value -> ('date', date, before) | ('num', direction, X, unit) | ('qual', text)."""
    s = s.strip().replace("&nbsp;", "")
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日(前)?", s)
    if m:
        return ("date", date(int(m.group(1)), int(m.group(2)), int(m.group(3))), bool(m.group(4)))
    m = re.fullmatch(r"(≥|≤|＞＝|＜＝|>=|<=|＞|＜|=)?\s*" + NUM + r"\s*(.*)", s)
    if m:
        sign = m.group(1) or ""
        direction = "gte" if sign in ("≥", "＞＝", ">=", "＞") else "lte" if sign in ("≤", "＜＝", "<=", "＜") else "eq"
        return ("num", direction, X(m.group(2)), m.group(3).strip())
    return ("qual", s)


class Checker:
    def __init__(self):
        self.res = []

    def add(self, code, ok, msg):
        self.res.append((code, bool(ok), msg))

    def rel(self, code, pred, terms, msg, money_terms=True):
        """pred(list of X) -> bool.  On failure, if rescaling one money term by 10^4 reconciles the
        relation, the most specific explanation is a unit slip (unit_mismatch)."""
        if pred(terms):
            self.add(code, True, msg)
            return
        if money_terms:
            for i in range(len(terms)):
                for f in (WAN, D(1) / WAN):
                    alt = list(terms)
                    alt[i] = terms[i].scaled(f)
                    if pred(alt):
                        self.add("unit_mismatch", False, msg + f" [reconciled by rescaling {terms[i].raw}]")
                        return
        self.add(code, False, msg)

    # common relations -------------------------------------------------
    def total(self, code, tot, parts, msg, money_terms=True):
        self.rel(code, lambda a: abs(a[0].v - sum((p.v for p in a[1:]), D(0))) <= a[0].t,
                 [tot] + list(parts), msg, money_terms)

    def diff(self, code, res, a, b, msg, money_terms=True):
        """res = a - b"""
        self.rel(code, lambda z: abs(z[0].v - (z[1].v - z[2].v)) <= z[0].t, [res, a, b], msg, money_terms)

    def product(self, tot, n, per, msg):
        """tot = n x per (count times a per-unit standard)."""
        self.rel("sum_mismatch", lambda z: abs(z[0].v - z[1].v * z[2].v) <= z[0].t, [tot, n, per], msg)

    def average(self, avg, tot, n, msg):
        self.rel("average_mismatch", lambda z: z[2].v != 0 and abs(z[0].v - z[1].v / z[2].v) <= z[0].t,
                 [avg, tot, n], msg)

    def rate(self, r, num, den, msg, code="rate_mismatch"):
        """r (a percentage) = num / den x 100; a rate on a zero base must be absent."""
        if den.v == 0:
            self.add("implausible_rate", False, msg + " (rate on a zero base)")
            return
        self.rel(code, lambda z: abs(z[0].v - z[1].v / z[2].v * HUNDRED) <= z[0].t, [r, num, den], msg,
                 money_terms=True)
        self.add("implausible_rate", r.v <= 100, msg + " (rate ≤ 100%)")

    def eq(self, a, b, msg):
        self.rel("conflicting_values", lambda z: same(z[0], z[1]), [a, b], msg)

    def grade(self, total, word, msg):
        self.add("grade_mismatch", GRADE_WORDS.get(word) == grade_of(total.v), msg + f" ({total.raw} → {word})")

    def year_eq(self, y, want, msg):
        self.add("year_mismatch", int(y) == want, msg + f" ({y} vs {want})")

    def rate_cap(self, x, msg):
        self.add("implausible_rate", x.v <= 100, msg + f" ({x.raw}% ≤ 100%)")

    # indicator table ----------------------------------------------------
    def indicators(self, rows, w_total, s_total, extra_w=(), extra_s=()):
        """rows: dicts name, target, actual, w (X), s (X), comp (X|None).  extra_*: weights/scores
        outside the rows (e.g. the execution line of the funds block)."""
        ws = sum((r["w"].v for r in rows), D(0)) + sum((x.v for x in extra_w), D(0))
        self.add("weight_sum_mismatch", ws == w_total.v and w_total.v == 100, f"Σ weights {ws} vs {w_total.raw}")
        ss = sum((r["s"].v for r in rows), D(0)) + sum((x.v for x in extra_s), D(0))
        self.add("score_sum_mismatch", abs(ss - s_total.v) <= s_total.t, f"Σ scores {ss} vs {s_total.raw}")
        for r in rows:
            w, s = r["w"], r["s"]
            self.add("score_exceeds_weight", D(0) <= s.v <= w.v, f"{r['name']}: score {s.raw} ≤ weight {w.raw}")
            tg, ac = parse_val(r["target"]), parse_val(r["actual"])
            exp_lo = exp_hi = None
            comp = None
            if tg[0] == "num" and ac[0] == "num":
                self.add("unit_mismatch", tg[3] == ac[3], f"{r['name']}: unit {tg[3]!r} vs {ac[3]!r}")
                if tg[3] != ac[3]:
                    continue
                T, A = tg[2].v, ac[2].v
                if tg[1] == "lte":
                    comp = HUNDRED if A <= T else T / A * HUNDRED
                    exp = w.v if A <= T else w.v * T / A
                elif T == 0:
                    comp = None
                    exp = w.v if A <= 0 else D(0)
                else:
                    comp = A / T * HUNDRED
                    exp = w.v * min(A / T, D(1))
                exp_lo = exp_hi = exp
                if ac[3] == "%" and (r["name"].endswith("率") or "满意度" in r["name"]) and "调整率" not in r["name"]:
                    self.rate_cap(ac[2], r["name"])
            elif tg[0] == "date" and ac[0] == "date":
                okd = ac[1] < tg[1] if tg[2] else ac[1] <= tg[1]
                exp_lo = exp_hi = w.v if okd else None
            elif tg[0] == "qual" and ac[0] == "qual":
                if "部分" in ac[1]:
                    exp_lo, exp_hi = w.v * D("0.6"), w.v * D("0.8") - D("0.000001")
                else:
                    exp_lo, exp_hi = w.v * D("0.8"), w.v
            else:
                self.add("unit_mismatch", False, f"{r['name']}: target {r['target']!r} vs actual {r['actual']!r}")
                continue
            if r.get("comp") is not None:
                c = r["comp"]
                if comp is None:
                    self.add("completion_mismatch", False, f"{r['name']}: completion not computable")
                else:
                    self.add("completion_mismatch", near(c, comp), f"{r['name']}: completion {c.raw} vs {r2(comp)}")
            if exp_lo is not None:
                cands = [(exp_lo, exp_hi)]
                if r.get("comp") is not None and exp_lo == exp_hi:
                    cv = w.v * min(r["comp"].v / HUNDRED, D(1))
                    cands.append((cv, cv))
                ok = any(lo - s.t <= s.v <= hi + s.t or (lo == hi and r2(lo) == r2(s.v)) for lo, hi in cands)
                self.add("warn:score_rule", ok, f"{r['name']}: score {s.raw} vs rule {r2(exp_lo)}–{r2(exp_hi)}")


def M(t, pat, flags=0):
    """money capture: pattern with NUM group and a unit group."""
    m = m1(t, pat, flags)
    return money(m.group(1), m.group(2))


# ---------------------------------------------------------------- project A

def check_kaiping(t):
    C = Checker()
    Y = 2021
    C.year_eq(x1(t, r"(\d{4})年度归侨侨眷困难帮扶专项资金绩效自评报告").raw, Y, "title year")
    C.year_eq(x1(t, r"实施期为(\d{4})年1月至12月").raw, Y, "implementation year")
    C.year_eq(x1(t, r"项目支出绩效自评表\n（(\d{4})年度）").raw, Y, "table year")
    C.add("year_mismatch", int(x1(t, r"已按规定结转(\d{4})年继续使用").raw) > Y, "carry-over goes to a later year")
    C.year_eq(x1(t, r"帮扶资金于(\d{4})年2月8日全部发放").raw, Y, "payment date")

    init = M(t, r"年初预算安排" + NUM + r"(万元|元)")
    add = M(t, r"困难归侨帮扶补助" + NUM + r"(万元|元)")
    carry = M(t, r"帮扶资金" + NUM + r"(万元|元)结转至本年")
    annual = M(t, r"全年预算数为" + NUM + r"(万元|元)")
    C.total("sum_mismatch", annual, [init, add, carry], "annual = initial + 追加 + 结转")
    spent = M(t, r"本年度全年支出" + NUM + r"(万元|元)")
    aid = M(t, r"其中帮扶金" + NUM + r"(万元|元)")
    work = M(t, r"档案整理等工作经费" + NUM + r"(万元|元)")
    C.total("sum_mismatch", spent, [aid, work], "spent = 帮扶金 + 工作经费")
    bal = M(t, r"年末结余" + NUM + r"(万元|元)")
    C.diff("balance_mismatch", bal, annual, spent, "结余 = 全年预算(到位) − 支出")

    m = m1(t, r"帮扶困难归侨侨眷" + NUM + r"户（人），比2020年的" + NUM + r"户增加" + NUM + r"户")
    n_all, n_last, n_inc = X(m.group(1)), X(m.group(2)), X(m.group(3))
    m = m1(t, r"分别为" + NUM + r"户、" + NUM + r"名和" + NUM + r"户，分别发放帮扶金" + NUM + r"(万元|元)、"
           + NUM + r"(万元|元)和" + NUM + r"(万元|元)")
    n1, n2, n3 = X(m.group(1)), X(m.group(2)), X(m.group(3))
    a1, a2, a3 = money(m.group(4), m.group(5)), money(m.group(6), m.group(7)), money(m.group(8), m.group(9))
    C.total("sum_mismatch", n_all, [n1, n2, n3], "households by kind", money_terms=False)
    C.diff("sum_mismatch", n_inc, n_all, n_last, "increase on 2020", money_terms=False)
    C.total("sum_mismatch", aid, [a1, a2, a3], "帮扶金 by kind")
    C.product(a1, n1, M(t, r"按每户" + NUM + r"(万元|元)的标准"), "生活困难 households × standard")
    C.product(a2, n2, M(t, r"学生按每名" + NUM + r"(万元|元)资助"), "students × standard")
    C.average(M(t, r"户均约" + NUM + r"(万元|元)"), a3, n3, "医疗救助 average per household")

    p_c1 = x1(t, r"生活困难帮扶\d+户，完成率" + NUM + "%")
    p_c2 = x1(t, r"助学帮扶\d+名，完成率" + NUM + "%")
    p_c3 = x1(t, r"完成年度目标的" + NUM + "%")
    p_n1 = x1(t, r"生活困难帮扶" + NUM + r"户，完成率")
    p_n2 = x1(t, r"助学帮扶" + NUM + r"名，完成率")
    p_n3 = x1(t, r"医疗救助" + NUM + r"户，完成年度目标")
    p_share = x1(t, r"工作经费占全年支出的" + NUM + "%")
    C.rate(p_share, work, spent, "工作经费 share of spending")
    p_upd = x1(t, r"台账更新率为" + NUM + "%")
    p_sat = x1(t, r"受助对象满意度为" + NUM + "%")
    C.rate_cap(p_sat, "satisfaction (text)")
    p_total = x1(t, r"总得分" + NUM + "分")
    C.grade(p_total, m1(t, r"总得分[\d.]+分，等级为(优秀|良好|中等|优|良|中|差)").group(1), "grade")
    m = m1(t, r"预算执行率得分" + NUM + r"分，产出指标得分" + NUM + r"分，效益指标得分" + NUM + r"分，满意度指标得分" + NUM + "分")
    lv = [X(m.group(i)) for i in range(1, 5)]
    C.total("score_sum_mismatch", p_total, lv, "total = level scores (text)", money_terms=False)

    # 附件1 table: one cell per line, blank line between rows
    tab = t[t.index("附件1\n"):]
    blocks = [[ln[1:] if ln.startswith("\t") else ln for ln in b.split("\n")] for b in tab.split("\n\n")]
    funds = {b[0]: b for b in blocks if b and b[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    F = {k: [v[1], v[2], v[3], v[4], v[5], v[6]] for k, v in funds.items()}
    tot, fis, car, oth = F["年度资金总额"], F["其中：当年财政拨款"], F["上年结转资金"], F["其他资金"]
    for col, nm in ((0, "年初"), (1, "全年"), (2, "执行")):
        C.total("sum_mismatch", X(tot[col]), [X(fis[col]), X(car[col]), X(oth[col])], f"funds column {nm}")
    for nm, row in (("总额", tot), ("财政拨款", fis), ("结转", car), ("其他", oth)):
        if X(row[1]).v == 0:
            C.add("implausible_rate", row[4] in ("—", "", "0"), f"{nm}: rate on a zero base")
        else:
            C.rate(X(row[4].rstrip("%")), X(row[2]), X(row[1]), f"{nm} execution rate")
    ex_w, ex_s = X(tot[3]), X(tot[5])
    r_exec = X(tot[2]).v / X(tot[1]).v
    C.add("score_exceeds_weight", ex_s.v <= ex_w.v, "execution score ≤ weight")
    C.add("warn:score_rule", near(ex_s, ex_w.v * min(r_exec, D(1))) or near(ex_s, ex_w.v * X(tot[4].rstrip("%")).v / 100),
          "execution score = weight × rate")
    C.eq(X(tot[1]), annual, "全年预算 table vs text")
    C.eq(X(tot[2]), spent, "执行 table vs text")
    C.eq(X(tot[0]), init, "年初 table vs text")
    C.eq(X(car[1]), carry, "结转 table vs text")
    C.total("sum_mismatch", X(fis[1]), [init, add], "财政拨款 全年 = 年初 + 追加")
    C.eq(ex_s, lv[0], "execution score table vs text")

    rows, l1 = [], ""
    for b in blocks:
        if len(b) == 8 and b[0] not in ("一级指标", "总分"):
            l1 = b[0] or l1
            rows.append({"l1": l1, "name": b[2], "target": b[3], "actual": b[4], "w": X(b[5]), "s": X(b[6]), "comp": None})
    tot_b = [b for b in blocks if b and b[0] == "总分"][0]
    C.indicators(rows, X(tot_b[5]), X(tot_b[6]), extra_w=[ex_w], extra_s=[ex_s])
    C.eq(X(tot_b[6]), p_total, "total table vs text")
    for lvl, x in (("产出指标", lv[1]), ("效益指标", lv[2]), ("满意度指标", lv[3])):
        ssum = sum((r["s"].v for r in rows if r["l1"] == lvl), D(0))
        C.add("score_sum_mismatch", abs(ssum - x.v) <= x.t, f"{lvl} score {x.raw} vs rows {ssum}")
    R = {r["name"]: r for r in rows}

    def act(name):
        return parse_val(R[name]["actual"])

    def tgt(name):
        return parse_val(R[name]["target"])

    for name, pn, pc in (("生活困难帮扶户数", p_n1, p_c1), ("助学帮扶人数", p_n2, p_c2), ("医疗救助户数", p_n3, p_c3)):
        a, g = act(name), tgt(name)
        if a[0] == "num" and g[0] == "num":
            C.eq(pn, a[2], f"{name} text vs table")
            C.add("completion_mismatch", near(pc, pn.v / g[2].v * HUNDRED), f"{name} completion (text) {pc.raw}")
    C.eq(n1, p_n1, "生活困难 count, two places in text")
    C.eq(n2, p_n2, "助学 count, two places in text")
    C.eq(n3, p_n3, "医疗 count, two places in text")
    for name, x in (("工作经费占全年支出比例", p_share), ("帮扶对象动态台账更新率", p_upd), ("受助对象满意度", p_sat)):
        a = act(name)
        if a[0] == "num":
            C.eq(x, a[2], f"{name} text vs table")
    m = m1(t, r"\t实际完成情况\n\n\t\n\t帮扶生活困难家庭不少于" + NUM + r"户、侨眷学生不少于" + NUM + r"名、医疗救助不少于" + NUM
           + r"户.*?\n\t帮扶生活困难家庭" + NUM + r"户、学生" + NUM + r"名、医疗救助" + NUM + r"户.*?满意度" + NUM + "%")
    for i, name in ((1, "生活困难帮扶户数"), (2, "助学帮扶人数"), (3, "医疗救助户数")):
        g = tgt(name)
        if g[0] == "num":
            C.eq(X(m.group(i)), g[2], f"{name} target: goal block vs table")
    C.eq(X(m.group(4)), n1, "goal block actual 生活困难")
    C.eq(X(m.group(5)), n2, "goal block actual 助学")
    C.eq(X(m.group(6)), n3, "goal block actual 医疗")
    C.eq(X(m.group(7)), p_sat, "goal block satisfaction")
    return C.res


# ---------------------------------------------------------------- project B

def check_ruili(t):
    C = Checker()
    Y = 2023
    C.year_eq(x1(t, r"(\d{4})年度部门整体支出绩效自评报告\n\n").raw, Y, "title year")
    C.year_eq(x1(t, r"\n(\d{4})年年初预算").raw, Y, "budget year")
    C.year_eq(x1(t, r"表1 (\d{4})年度部门支出预算执行情况").raw, Y, "table 1 year")
    C.year_eq(x1(t, r"本部门(\d{4})年度整体支出绩效得分").raw, Y, "conclusion year")
    C.add("year_mismatch", int(x1(t, r"按规定结转(\d{4})年继续使用").raw) > Y, "carry-over to a later year")
    for y in re.findall(r"瑞丽市委统战部(\d{4})年度部门整体支出绩效自评报告", t):
        C.year_eq(y, Y, "page header year")

    init = M(t, r"年年初预算" + NUM + r"(万元|元)")
    add = M(t, r"年中追加" + NUM + r"(万元|元)")
    annual = M(t, r"调整后全年预算" + NUM + r"(万元|元)")
    C.total("sum_mismatch", annual, [init, add], "annual = initial + 追加")
    spent = M(t, r"全年支出" + NUM + r"(万元|元)，预算执行率")
    p_rate = x1(t, r"，预算执行率" + NUM + "%")
    C.rate(p_rate, spent, annual, "execution rate (text)")
    C.diff("balance_mismatch", M(t, r"全年未执行" + NUM + r"(万元|元)"), annual, spent, "未执行 = 全年预算 − 支出")

    rows = {}
    for key, pat in (("合计", r"\n合计 1 "), ("基本", r"\n一、基本支出 2 "), ("人员", r"\n其中：人员经费 3 "),
                     ("公用", r"\n公用经费 4 "), ("项目", r"\n二、项目支出 5 ")):
        m = m1(t, pat + NUM + " " + NUM + " " + NUM + " " + NUM + "%")
        rows[key] = [X(m.group(i)) for i in range(1, 5)]
    for i, nm in ((0, "年初"), (1, "全年"), (2, "执行")):
        C.total("sum_mismatch", rows["合计"][i], [rows["基本"][i], rows["项目"][i]], f"合计 = 基本 + 项目 ({nm})")
        C.total("sum_mismatch", rows["基本"][i], [rows["人员"][i], rows["公用"][i]], f"基本 = 人员 + 公用 ({nm})")
    for k, r in rows.items():
        C.rate(r[3], r[2], r[1], f"{k} execution rate (table 1)")
    C.eq(rows["合计"][0], init, "年初 table vs text")
    C.eq(rows["合计"][1], annual, "全年 table vs text")
    C.eq(rows["合计"][2], spent, "执行 table vs text")
    C.eq(rows["合计"][3], p_rate, "rate table vs text")
    m = m1(t, r"基本支出" + NUM + r"万元，其中人员经费" + NUM + r"万元，.*?；公用经费" + NUM + "万元")
    C.eq(X(m.group(1)), rows["基本"][2], "基本支出 text vs table")
    C.eq(X(m.group(2)), rows["人员"][2], "人员经费 text vs table")
    C.eq(X(m.group(3)), rows["公用"][2], "公用经费 text vs table")
    m = m1(t, r"项目支出" + NUM + r"万元，包括民族宗教工作经费" + NUM + r"万元、侨务工作及归侨侨眷帮扶经费" + NUM
           + r"万元、统战宣传及党外代表人士培训经费" + NUM + "万元")
    proj = X(m.group(1))
    C.total("sum_mismatch", proj, [X(m.group(2)), X(m.group(3)), X(m.group(4))], "项目支出 by project")
    C.eq(proj, rows["项目"][2], "项目支出 text vs table")

    m = m1(t, r"“三公”经费支出" + NUM + r"(万元|元)，其中公务接待费" + NUM + r"(万元|元)、公务用车运行维护费" + NUM
           + r"(万元|元)，因公出国（境）费" + NUM + r"(万元|元)；比2022年的" + NUM + r"(万元|元)减少" + NUM + r"(万元|元)，下降" + NUM + "%")
    sg = money(m.group(1), m.group(2))
    C.total("sum_mismatch", sg, [money(m.group(3), m.group(4)), money(m.group(5), m.group(6)), money(m.group(7), m.group(8))],
            "三公 = 接待 + 车辆 + 出国")
    last, dec = money(m.group(9), m.group(10)), money(m.group(11), m.group(12))
    C.diff("sum_mismatch", dec, last, sg, "三公 decrease on 2022")
    C.rate(X(m.group(13)), dec, last, "三公 decrease rate")

    m = m1(t, r"走访慰问困难归侨侨眷" + NUM + r"户，发放慰问金" + NUM + r"(万元|元)，户均" + NUM + r"(万元|元)")
    n_visit = X(m.group(1))
    C.average(money(m.group(4), m.group(5)), money(m.group(2), m.group(3)), n_visit, "慰问金 per household")
    m = m1(t, r"资助归侨侨眷子女就学" + NUM + r"名，每人" + NUM + r"(万元|元)，计" + NUM + r"(万元|元)")
    C.product(money(m.group(4), m.group(5)), X(m.group(1)), money(m.group(2), m.group(3)), "助学 students × standard")
    m = m1(t, r"培训" + NUM + r"人次，年初计划" + NUM + "人次")
    p_tr, p_plan = X(m.group(1)), X(m.group(2))
    p_sat = x1(t, r"服务对象满意度为" + NUM + "%")
    C.rate_cap(p_sat, "satisfaction (text)")
    C.add("sum_mismatch", x1(t, r"收回" + NUM + "份").v <= x1(t, r"发放问卷" + NUM + "份").v, "questionnaires returned ≤ issued")
    m = m1(t, r"民族宗教工作经费" + NUM + r"分、侨务工作及归侨侨眷帮扶经费" + NUM + r"分、统战宣传及党外代表人士培训经费" + NUM
           + r"分，平均" + NUM + r"分，均为(优秀|优|良好|良)")
    ps = [X(m.group(i)) for i in (1, 2, 3)]
    C.average(X(m.group(4)), X(str(sum(p.v for p in ps))), X(str(len(ps))), "average project score")
    for p in ps:
        C.grade(p, m.group(5), "project grade")

    # table 2
    seg = t[t.index("表2 部门整体支出绩效自评表"):]
    seg = seg[:seg.index("\n合计 ")]
    trows = []
    for ln in seg.split("\n")[2:]:
        c = ln.split(" ")
        if len(c) != 6:
            raise ExtractError(f"table 2 row {ln!r}")
        trows.append({"l1": c[0], "name": c[1], "target": c[2], "actual": c[3], "w": X(c[4]), "s": X(c[5]), "comp": None})
    m = m1(t, r"\n合计 " + NUM + " " + NUM + "\n")
    t_w, t_s = X(m.group(1)), X(m.group(2))
    C.indicators(trows, t_w, t_s)
    R = {r["name"]: r for r in trows}

    def act(name):
        return parse_val(R[name]["actual"])

    def tgt(name):
        return parse_val(R[name]["target"])

    p_total = x1(t, r"整体支出绩效得分" + NUM + "分")
    C.eq(p_total, t_s, "total text vs table")
    C.grade(p_total, m1(t, r"整体支出绩效得分[\d.]+分，等级为(优秀|良好|中等|优|良|中|差)").group(1), "grade")
    a = act("预算调整率")
    if a[0] == "num":
        C.rate(a[2], X(str(annual.v - init.v)), init, "预算调整率 = (全年 − 年初)/年初")
    a = act("“三公”经费控制")
    if a[0] == "num":
        C.eq(a[2], sg, "三公 table vs text")
    g = tgt("“三公”经费控制")
    if g[0] == "num":
        C.eq(g[2], last, "三公 ceiling = 2022 figure")
    a = act("预算执行率")
    if a[0] == "num":
        C.eq(a[2], p_rate, "execution rate table 2 vs text")
    for name, x in (("走访慰问困难归侨侨眷户数", n_visit), ("党外代表人士培训人次", p_tr), ("服务对象满意度", p_sat)):
        a = act(name)
        if a[0] == "num":
            C.eq(a[2], x, f"{name} table vs text")
    g = tgt("党外代表人士培训人次")
    if g[0] == "num":
        C.eq(g[2], p_plan, "training plan table vs text")
    ded = x1(t, r"扣" + NUM + "分")
    C.add("warn:deduction", R["资金使用合规性"]["w"].v - ded.v == R["资金使用合规性"]["s"].v, "合规性 deduction")
    return C.res


# ---------------------------------------------------------------- project C

def check_yinhai(t):
    C = Checker()
    Y = 2019
    C.year_eq(x1(t, r"银海区(\d{4})年度侨港镇归难侨帮扶项目绩效自评报告").raw, Y, "title year")
    C.year_eq(x1(t, r"实施期为(\d{4})年全年").raw, Y, "implementation year")
    C.year_eq(x1(t, r"\n(\d{4})年区财政年初安排").raw, Y, "budget year")
    C.year_eq(x1(t, r"截至(\d{4})年12月31日").raw, Y, "as-of date")
    C.add("year_mismatch", int(x1(t, r"结转(\d{4})年使用").raw) > Y, "carry-over to a later year")
    C.year_eq(x1(t, r"项目支出绩效自评表\n（(\d{4})年度）").raw, Y, "table year")
    pub = int(x1(t, r"发布时间：(\d{4})-").raw)
    C.add("year_mismatch", pub > Y, "published after the budget year")

    init = M(t, r"年初安排项目资金" + NUM + r"(万元|元)")
    add = M(t, r"9月追加" + NUM + r"(万元|元)")
    annual = M(t, r"全年预算" + NUM + r"(万元|元)，资金全部到位")
    C.total("sum_mismatch", annual, [init, add], "annual = initial + 追加")
    spent = M(t, r"项目实际支出" + NUM + r"(万元|元)")
    p_rate = x1(t, r"预算执行率" + NUM + r"%，结余")
    C.rate(p_rate, spent, annual, "execution rate (text)")
    C.diff("balance_mismatch", M(t, r"结余" + NUM + r"(万元|元)结转"), annual, spent, "结余 = 到位 − 支出")

    m = m1(t, r"分别涉及" + NUM + r"户、" + NUM + r"名和" + NUM + r"户，分别发放" + NUM + r"(万元|元)、" + NUM + r"(万元|元)和"
           + NUM + r"(万元|元)，合计" + NUM + r"(万元|元)")
    n1, n2, n3 = X(m.group(1)), X(m.group(2)), X(m.group(3))
    a1, a2, a3 = money(m.group(4), m.group(5)), money(m.group(6), m.group(7)), money(m.group(8), m.group(9))
    aid = money(m.group(10), m.group(11))
    C.total("sum_mismatch", aid, [a1, a2, a3], "帮扶金 by kind")
    C.product(a1, n1, M(t, r"生活困难家庭每户" + NUM + r"(万元|元)"), "生活困难 households × standard")
    C.product(a2, n2, M(t, r"学生每名" + NUM + r"(万元|元)"), "students × standard")
    C.average(M(t, r"医疗救助户均" + NUM + r"(万元|元)"), a3, n3, "医疗 average per household")
    m = m1(t, r"完成危旧房修缮" + NUM + r"户，每户补助" + NUM + r"(万元|元)，计" + NUM + r"(万元|元)")
    n_house = X(m.group(1))
    house = money(m.group(4), m.group(5))
    C.product(house, n_house, money(m.group(2), m.group(3)), "危房 households × subsidy")
    rest = M(t, r"其余" + NUM + r"(万元|元)用于")
    C.total("sum_mismatch", spent, [aid, house, rest], "spent = 帮扶金 + 危房 + 其余")
    m = m1(t, r"由" + NUM + r"(万元|元)增加到" + NUM + r"(万元|元)，生活、助学、医疗三类帮扶对象由" + NUM + r"户（人）增加到" + NUM + r"户（人）")
    C.eq(money(m.group(3), m.group(4)), spent, "2019 spending in the comparison sentence")
    C.total("sum_mismatch", X(m.group(6)), [n1, n2, n3], "three kinds = 195", money_terms=False)

    m = m1(t, r"生活困难帮扶" + NUM + r"户、医疗救助" + NUM + r"户，均达到目标；助学帮扶" + NUM + r"名，完成率" + NUM + r"%；危旧房修缮" + NUM + "户")
    q1, q3, q2, qc2, q4 = (X(m.group(i)) for i in range(1, 6))
    C.eq(q1, n1, "生活困难 text twice")
    C.eq(q3, n3, "医疗 text twice")
    C.eq(q2, n2, "助学 text twice")
    C.eq(q4, n_house, "危房 text twice")
    g_n2 = x1(t, r"资助归侨子女就学不少于" + NUM + "名")
    C.add("completion_mismatch", near(qc2, q2.v / g_n2.v * HUNDRED), "助学 completion (text)")
    p_sat = x1(t, r"受助对象满意度为" + NUM + "%")
    C.rate_cap(p_sat, "satisfaction (text)")
    p_total = x1(t, r"项目自评得分" + NUM + "分")
    C.grade(p_total, m1(t, r"项目自评得分[\d.]+分，等级为(优秀|良好|中等|优|良|中|差)").group(1), "grade")

    # funds block of the web table (cells may be split over lines)
    F = {}
    for key, pat in (("总额", r"总额\t"), ("财政", r"财政拨款\t"), ("结转", r"上年结转\n资金\t"), ("其他", r"\t其他资金\t")):
        m = m1(t, pat + r"([^\t\n]+)\t([^\t\n]+)\t([^\t\n]+)\t([^\t\n]+)\t([^\t\n]+)\t([^\t\n]+)\n")
        F[key] = [m.group(i) for i in range(1, 7)]
    for col, nm in ((0, "年初"), (1, "全年"), (2, "执行")):
        C.total("sum_mismatch", X(F["总额"][col]), [X(F["财政"][col]), X(F["结转"][col]), X(F["其他"][col])], f"funds column {nm}")
    for k, row in F.items():
        if X(row[1]).v == 0:
            C.add("implausible_rate", row[4] in ("—", "", "0", "&nbsp;"), f"{k}: rate on a zero base")
        else:
            C.rate(X(row[4].rstrip("%")), X(row[2]), X(row[1]), f"{k} execution rate (table)")
    ex_w, ex_s = X(F["总额"][3]), X(F["总额"][5])
    rr = X(F["总额"][2]).v / X(F["总额"][1]).v
    C.add("score_exceeds_weight", ex_s.v <= ex_w.v, "execution score ≤ weight")
    C.add("warn:score_rule", near(ex_s, ex_w.v * min(rr, D(1))), "execution score = weight × rate")
    C.eq(X(F["总额"][0]), init, "年初 table vs text")
    C.eq(X(F["总额"][1]), annual, "全年 table vs text")
    C.eq(X(F["总额"][2]), spent, "执行 table vs text")
    C.eq(X(F["总额"][4].rstrip("%")), p_rate, "rate table vs text")

    names = [("产出指标", "生活困难帮扶户数"), ("产出指标", "助学帮扶人数"), ("产出指标", "医疗救助户数"),
             ("产出指标", "归侨危旧房修缮户数"), ("产出指标", "补助资金发放准确率"), ("产出指标", "春节前帮扶资金发放时间"),
             ("效益指标", "困难归难侨生活改善"), ("效益指标", "涉侨群体性事件"), ("满意度指标", "受助对象满意度")]
    rows = []
    for l1, nm in names:
        m = m1(t, r"\t" + nm + r"\t([^\t\n]+)\t([^\t\n]+)\t([^\t\n]+)\t([^\t\n]+)\t")
        rows.append({"l1": l1, "name": nm, "target": m.group(1), "actual": m.group(2), "w": X(m.group(3)), "s": X(m.group(4)), "comp": None})
    m = m1(t, r"\n总分(?:\t&nbsp;)*\t" + NUM + r"\t" + NUM + r"\t")
    C.indicators(rows, X(m.group(1)), X(m.group(2)), extra_w=[ex_w], extra_s=[ex_s])
    C.eq(X(m.group(2)), p_total, "total table vs text")
    R = {r["name"]: r for r in rows}
    for nm, x in (("生活困难帮扶户数", n1), ("助学帮扶人数", n2), ("医疗救助户数", n3), ("归侨危旧房修缮户数", n_house),
                  ("受助对象满意度", p_sat)):
        a = parse_val(R[nm]["actual"])
        g = parse_val(R[nm]["target"])
        if a[0] == "num" and g[0] == "num" and a[3] == g[3]:
            C.eq(a[2], x, f"{nm} table vs text")
    for nm, pat in (("生活困难帮扶户数", r"帮扶生活困难归难侨不少于" + NUM + "户"), ("助学帮扶人数", r"资助归侨子女就学不少于" + NUM + "名"),
                    ("医疗救助户数", r"医疗救助不少于" + NUM + "户，完成"), ("归侨危旧房修缮户数", r"完成归侨危旧房修缮不少于" + NUM + "户")):
        g = parse_val(R[nm]["target"])
        if g[0] == "num":
            C.eq(g[2], x1(t, pat), f"{nm} target table vs text")
    m = m1(t, r"完成生活困难帮扶" + NUM + r"户、助学" + NUM + r"名、医疗救助" + NUM + r"户；危旧房修缮" + NUM + "户")
    for i, x in ((1, n1), (2, n2), (3, n3), (4, n_house)):
        C.eq(X(m.group(i)), x, "goal block vs text")
    return C.res


# ---------------------------------------------------------------- project D

def check_yongchun(t):
    C = Checker()
    Y = 2024
    C.year_eq(x1(t, r"(\d{4})年度归侨侨眷关爱帮扶及侨界联谊经费绩效自评报告").raw, Y, "title year")
    C.year_eq(x1(t, r"项目实施计划：(\d{4})年1月至12月").raw, Y, "implementation year")
    C.year_eq(x1(t, r"\n(\d{4})年全年执行资金").raw, Y, "execution year")
    C.year_eq(x1(t, r"项目支出绩效自评表（(\d{4})年度）").raw, Y, "table year")
    C.add("year_mismatch", int(x1(t, r"已结转(\d{4})年继续使用").raw) > Y, "carry-over to a later year")
    C.add("year_mismatch", int(x1(t, r"另有(\d{4})年结转的").raw) < Y, "incoming carry-over from an earlier year")

    init = M(t, r"年初安排项目资金" + NUM + r"(万元|元)")
    p_prov = M(t, r"省侨联下达侨界帮扶补助" + NUM + r"(万元|元)")
    p_city = M(t, r"泉州市侨联下达" + NUM + r"(万元|元)")
    p_car = M(t, r"侨史档案整理经费" + NUM + r"(万元|元)")
    p_ann = M(t, r"全年预算资金" + NUM + r"(万元|元)，均已到位")
    C.total("sum_mismatch", p_ann, [init, p_prov, p_city, p_car], "annual = county + province + city + carry-over")

    T = {}
    for key, pat in (("1", r"\(1\)"), ("2", r"\(2\)"), ("3", r"\(3\)"), ("4", r"\(4\)"), ("5", r"\(5\)=\(3\)-\(4\)"),
                     ("6", r"\(6\)=\(3\)/\(2\)"), ("7", r"\(7\)=\(4\)/\(2\)")):
        m = m1(t, r"\n[^\t\n]+\t" + pat + r"((?:\t[^\t\n]*){8})\n")
        T[key] = m.group(1).split("\t")[1:]

    def xv(s):
        return X("0") if s in ("—", "") else X(s)

    for k in ("1", "2", "3", "4", "5"):
        r = [xv(c) for c in T[k]]
        C.total("sum_mismatch", r[0], [r[1], r[6], r[7]], f"row ({k}) total = 财政小计 + 结转 + 其他")
        C.total("sum_mismatch", r[1], [r[2], r[3], r[4], r[5]], f"row ({k}) 小计 = 中央 + 省 + 市 + 县")
    for j in range(8):
        b2, b3, b4 = xv(T["2"][j]), xv(T["3"][j]), xv(T["4"][j])
        C.diff("balance_mismatch", xv(T["5"][j]), b3, b4, f"column {j}: (5) = (3) − (4)")
        for k, num in (("6", b3), ("7", b4)):
            cell = T[k][j]
            if b2.v == 0:
                C.add("implausible_rate", cell in ("—", "", "0"), f"column {j}: ({k}) on a zero base")
            else:
                C.rate(X(cell), num, b2, f"column {j}: ({k})")
    C.eq(xv(T["1"][0]), init, "年初 table vs text")
    C.eq(xv(T["2"][3]), p_prov, "省级 table vs text")
    C.eq(xv(T["2"][4]), p_city, "市级 table vs text")
    C.eq(xv(T["2"][6]), p_car, "结转 table vs text")
    C.eq(xv(T["2"][0]), p_ann, "全年 table vs text")
    spent = M(t, r"年全年执行资金" + NUM + r"(万元|元)")
    C.eq(xv(T["4"][0]), spent, "执行 table vs text")
    m = m1(t, r"其中帮扶支出" + NUM + r"(万元|元)，侨界联谊接待和侨批档案整理等支出" + NUM + r"(万元|元)")
    aid = money(m.group(1), m.group(2))
    C.total("sum_mismatch", spent, [aid, money(m.group(3), m.group(4))], "spent = 帮扶 + 联谊档案")
    m = m1(t, r"分别完成" + NUM + r"户、" + NUM + r"名和" + NUM + r"户，分别发放帮扶金" + NUM + r"(万元|元)、" + NUM + r"(万元|元)和"
           + NUM + r"(万元|元)。其中生活困难家庭每户" + NUM + r"(万元|元)，学生每名" + NUM + r"(万元|元)，医疗救助户均" + NUM + r"(万元|元)")
    n1, n2, n3 = X(m.group(1)), X(m.group(2)), X(m.group(3))
    a1, a2, a3 = money(m.group(4), m.group(5)), money(m.group(6), m.group(7)), money(m.group(8), m.group(9))
    C.total("sum_mismatch", aid, [a1, a2, a3], "帮扶 by kind")
    C.product(a1, n1, money(m.group(10), m.group(11)), "生活困难 households × standard")
    C.product(a2, n2, money(m.group(12), m.group(13)), "students × standard")
    C.average(money(m.group(14), m.group(15)), a3, n3, "医疗 average per household")
    p_cost = x1(t, r"人均接待成本" + NUM + "元")
    p_acc = x1(t, r"三级核实，准确率" + NUM + "%")
    p_time = x1(t, r"帮扶资金发放及时率" + NUM + "%，")
    m = m1(t, r"来信来访" + NUM + r"件，.*?全部办结，办结率" + NUM + "%")
    C.rate(X(m.group(2)), X(m.group(1)), X(m.group(1)), "办结率 (all settled)")
    p_done = X(m.group(2))
    p_arch = x1(t, r"档案" + NUM + r"件，其中")
    p_sat = x1(t, r"受助对象满意度为" + NUM + "%")
    C.rate_cap(p_sat, "satisfaction (text)")
    p_total = x1(t, r"总得分" + NUM + "分")
    C.grade(p_total, m1(t, r"总得分[\d.]+分，属于“(优秀|良好|中等|合格|优|良|中|差)”").group(1), "grade")

    seg = t[t.index("附件1.项目支出绩效自评表"):]
    lines = seg.split("\n")[2:]
    rows, l1 = [], ""
    tot = None
    for ln in lines:
        if not ln.strip():
            continue
        c = ln.split("\t")
        if c[0] == "合计":
            tot = c
            continue
        if len(c) != 9:
            raise ExtractError(f"自评表 row {ln!r}")
        l1 = c[0] or l1
        rows.append({"l1": l1, "name": c[2], "w": X(c[3]), "target": c[4], "actual": c[5],
                     "comp": X(c[6].rstrip("%")), "s": X(c[7])})
    C.indicators(rows, X(tot[3]), X(tot[7]))
    C.eq(X(tot[7]), p_total, "total table vs text")
    R = {r["name"]: r for r in rows}
    checks = (("预算执行率", X(T["7"][0])), ("生活困难帮扶户数", n1), ("助学资助人数", n2), ("医疗救助户数", n3),
              ("帮扶对象身份核实准确率", p_acc), ("帮扶资金发放及时率", p_time), ("联谊活动人均接待成本", p_cost),
              ("侨界来信来访办结率", p_done), ("侨批档案数字化件数", p_arch), ("受助对象满意度", p_sat))
    for nm, x in checks:
        a = parse_val(R[nm]["actual"])
        if a[0] == "num":
            C.eq(a[2], x, f"{nm} table vs text")
    for nm, pat in (("生活困难帮扶户数", r"家庭不少于" + NUM + "户"), ("助学资助人数", r"学生不少于" + NUM + "名"),
                    ("医疗救助户数", r"医疗救助不少于" + NUM + "户"), ("侨批档案数字化件数", r"数字化不少于" + NUM + "件"),
                    ("受助对象满意度", r"满意度不低于" + NUM + "%"), ("联谊活动人均接待成本", r"控制在" + NUM + "元以内")):
        g = parse_val(R[nm]["target"])
        if g[0] == "num":
            C.eq(g[2], x1(t, pat), f"{nm} target table vs text")
    return C.res


# ---------------------------------------------------------------- project E

def check_wencheng(t):
    C = Checker()
    Y = 2018
    C.year_eq(x1(t, r"文成县(\d{4})年度华侨权益保护与归侨侨眷帮扶专项经费\n").raw, Y, "title year")
    C.year_eq(x1(t, r"对(\d{4})年度华侨权益保护与归侨侨眷帮扶专项经费开展").raw, Y, "opening year")
    C.year_eq(x1(t, r"开展(\d{4})年度财政支出项目绩效自评工作").raw, Y, "notice year")
    m = m1(t, r"帮扶资金发放完成时间\n(\d{4})年12月31日前\n(\d{4})年12月20日\n")
    C.year_eq(m.group(1), Y, "time-limit target year")
    C.year_eq(m.group(2), Y, "time-limit actual year")

    init = M(t, r"项目年初预算" + NUM + r"(万元|元)")
    cut = M(t, r"年中调减预算" + NUM + r"(万元|元)")
    annual = M(t, r"全年预算" + NUM + r"(万元|元)，全部为县级财政资金")
    C.diff("sum_mismatch", annual, init, cut, "annual = initial − 调减")
    C.eq(M(t, r"年中调减的" + NUM + r"(万元|元)"), cut, "调减 stated twice")
    spent = M(t, r"全年实际支出" + NUM + r"(万元|元)")
    p_rate = x1(t, r"预算执行率" + NUM + "%，结余")
    C.rate(p_rate, spent, annual, "execution rate (text)")
    C.diff("balance_mismatch", M(t, r"结余" + NUM + r"(万元|元)已按规定收回"), annual, spent, "结余 = 预算(到位) − 支出")

    seg = t[t.index("表1 分项资金安排及支出情况"):]
    seg = seg[:seg.index("资金管理严格执行")]
    ls = seg.split("\n")[4:]
    items = {}
    for i in range(0, len(ls) - 1, 3):
        if ls[i].strip():
            items[ls[i]] = (X(ls[i + 1]), X(ls[i + 2]))
    tb, ts = items.pop("合计")
    C.total("sum_mismatch", tb, [v[0] for v in items.values()], "表1 budget column")
    C.total("sum_mismatch", ts, [v[1] for v in items.values()], "表1 spent column")
    C.eq(tb, annual, "表1 total budget vs text")
    C.eq(ts, spent, "表1 total spent vs text")

    m = m1(t, r"帮扶困难归侨侨眷" + NUM + r"户（人），其中生活困难家庭" + NUM + r"户、助学" + NUM + r"名、医疗救助" + NUM
           + r"户，分别发放" + NUM + r"(万元|元)、" + NUM + r"(万元|元)和" + NUM + r"(万元|元)；生活困难家庭每户" + NUM
           + r"(万元|元)，学生每名" + NUM + r"(万元|元)，医疗救助户均" + NUM + r"(万元|元)")
    n_all, n1, n2, n3 = (X(m.group(i)) for i in range(1, 5))
    a1, a2, a3 = money(m.group(5), m.group(6)), money(m.group(7), m.group(8)), money(m.group(9), m.group(10))
    C.total("sum_mismatch", n_all, [n1, n2, n3], "households by kind", money_terms=False)
    C.total("sum_mismatch", items["困难归侨侨眷帮扶"][1], [a1, a2, a3], "帮扶 spent = by kind")
    C.product(a1, n1, money(m.group(11), m.group(12)), "生活困难 households × standard")
    C.product(a2, n2, money(m.group(13), m.group(14)), "students × standard")
    C.average(money(m.group(15), m.group(16)), a3, n3, "医疗 average per household")
    m = m1(t, r"侨情入户调查" + NUM + r"户，平均每个乡镇" + NUM + "户")
    n_survey = X(m.group(1))
    towns = x1(t, r"完成" + NUM + r"个重点侨乡镇侨情入户调查")
    C.average(X(m.group(2)), n_survey, towns, "households per township")
    m = m1(t, r"受理涉侨纠纷" + NUM + r"件，调处成功" + NUM + r"件，成功率" + NUM + "%")
    p_succ = X(m.group(3))
    C.rate(p_succ, X(m.group(2)), X(m.group(1)), "调处成功率")
    m = m1(t, r"组织海外侨团联络活动" + NUM + r"次，较计划少" + NUM + "次")
    p_act, p_less = X(m.group(1)), X(m.group(2))
    g_act = x1(t, r"组织海外侨团联络活动不少于" + NUM + "次")
    C.diff("sum_mismatch", p_less, g_act, p_act, "activities short of plan", money_terms=False)
    m = m1(t, r"受助对象满意度" + NUM + r"%，略低于目标")
    p_sat = X(m.group(1))
    C.rate_cap(p_sat, "satisfaction (text)")
    C.rate_cap(x1(t, r"发放及时性的满意度为" + NUM + "%"), "sub-satisfaction (text)")
    m = m1(t, r"项目综合得分" + NUM + r"分，距优秀等次的" + NUM + r"分仅差" + NUM + "分")
    p_total, p_line, p_gap = X(m.group(1)), X(m.group(2)), X(m.group(3))
    C.diff("sum_mismatch", p_gap, p_line, p_total, "gap to the 90-point line", money_terms=False)

    seg = t[t.index("附件：项目支出绩效自评表"):]
    ls = seg.split("\n")
    rows = []
    i = 0
    while i < len(ls):
        if ls[i] in ("预算执行率", "产出指标", "效益指标", "满意度指标") and i + 7 < len(ls):
            c = ls[i:i + 8]
            rows.append({"l1": c[0], "name": c[2] if c[0] != "预算执行率" else "预算执行率", "target": c[3], "actual": c[4],
                         "w": X(c[5]), "s": X(c[6]), "comp": None})
            i += 8
        else:
            i += 1
    m = m1(t, r"\n总分\n" + NUM + r"\n" + NUM + r"\n评价等级：(\S+)")
    t_w, t_s = X(m.group(1)), X(m.group(2))
    C.indicators(rows, t_w, t_s)
    C.eq(t_s, p_total, "total table vs text")
    C.grade(t_s, m.group(3), "grade (table)")
    R = {r["name"]: r for r in rows}
    for nm, x in (("预算执行率", p_rate), ("帮扶困难归侨侨眷户数", n_all), ("侨情入户调查户数", n_survey),
                  ("涉侨纠纷调处成功率", p_succ), ("海外侨团联络活动次数", p_act), ("受助对象满意度", p_sat)):
        a = parse_val(R[nm]["actual"])
        if a[0] == "num":
            C.eq(a[2], x, f"{nm} table vs text")
    for nm, pat in (("帮扶困难归侨侨眷户数", r"全年帮扶困难归侨侨眷不少于" + NUM + "户"), ("侨情入户调查户数", r"入户调查不少于" + NUM + "户"),
                    ("涉侨纠纷调处成功率", r"调处成功率不低于" + NUM + "%"), ("海外侨团联络活动次数", r"联络活动不少于" + NUM + "次"),
                    ("受助对象满意度", r"受助对象满意度不低于" + NUM + "%")):
        g = parse_val(R[nm]["target"])
        if g[0] == "num":
            C.eq(g[2], x1(t, pat), f"{nm} target table vs text")
    g = parse_val(R["生活困难家庭帮扶标准"]["actual"])
    if g[0] == "num":
        C.eq(g[2], x1(t, r"生活困难家庭每户" + NUM + "元"), "帮扶标准 table vs text")
    return C.res


CHECKS = {
    "gd-kaiping-qiaojuanbangfu-2021": check_kaiping,
    "yn-ruili-tongzhanbu-bumen-2023": check_ruili,
    "gx-yinhai-qiaogang-2019": check_yinhai,
    "fj-yongchun-qiaolian-2024": check_yongchun,
    "zj-wencheng-qiaowu-2018": check_wencheng,
}


# ---------------------------------------------------------------- structure checks

def diff_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, i, len(b) - j   # [i, ea) in a, [i, eb) in b


FIG = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日|\d[\d,]*(?:\.\d+)?")


def figures(text):
    return [(m.group(0), m.start(), m.end()) for m in FIG.finditer(text)]


def changed_figures(clean, case, s0, ea):
    """Figures of the clean draft that the edit replaced (aligned token by token); when the edit
    only touched a unit or a word next to a figure, that neighbouring figure."""
    fa, fb = figures(clean), figures(case)
    sm = difflib.SequenceMatcher(None, [f[0] for f in fa], [f[0] for f in fb], autojunk=False)
    out = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag in ("replace", "delete"):
            out.extend(fa[i1:i2])
    if not out:
        out = [f for f in fa if f[2] == s0 or f[1] == ea]
    return out


def norm(fig):
    return fig.replace(",", "")


def main():
    fails = []
    labels = [json.loads(ln) for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if ln.strip()]
    names = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(r["case"] for r in labels) != names:
        fails.append("labels.jsonl and cases/ list different files")
    clean = [r for r in labels if r["clean"]]
    err = [r for r in labels if not r["clean"]]
    if len(clean) != 5 or len(err) != 30:
        fails.append(f"expected 5 clean + 30 error cases, got {len(clean)} + {len(err)}")
    counts = {c: 0 for c in ERROR_CODES}
    for r in err:
        if len(r["expected"]) != 1:
            fails.append(f"{r['case']}: expected exactly one label")
        for e in r["expected"]:
            if e["code"] not in counts:
                fails.append(f"{r['case']}: unknown code {e['code']}")
            else:
                counts[e["code"]] += 1
            if e["severity"] != "error":
                fails.append(f"{r['case']}: severity must be error")
    for c, n in counts.items():
        if n < 2:
            fails.append(f"code {c} used {n} times (< 2)")

    texts = {f: open(os.path.join(CASES, f), encoding="utf-8").read() for f in names}
    for r in labels:
        t = texts[r["case"]]
        fn = CHECKS[r["source"]]
        try:
            res = fn(t)
        except ExtractError as ex:
            fails.append(f"{r['case']}: extraction failed: {ex}")
            continue
        bad_err = sorted({c for c, ok, _ in res if not ok and not c.startswith("warn")})
        bad_warn = [(c, m) for c, ok, m in res if not ok and c.startswith("warn")]
        checked = []
        if r["clean"]:
            if bad_err or bad_warn:
                fails.append(f"{r['case']}: clean draft fails " + "; ".join(f"{c}: {m}" for c, ok, m in res if not ok))
            print(f"{r['case']}: {len(res)} checks, all pass")
            continue
        want = r["expected"][0]["code"]
        value = r["expected"][0]["value"]
        if bad_err != [want]:
            fails.append(f"{r['case']}: failing error codes {bad_err}, labelled {want}: "
                         + "; ".join(f"{c}: {m}" for c, ok, m in res if not ok and not c.startswith('warn')))
        # structure: one contiguous change overlapping the value
        ct = texts[f"{r['source']}-clean.txt"]
        if value not in t:
            fails.append(f"{r['case']}: label value not in case")
        s0, ea, s1, eb = diff_region(ct, t)
        occ = [m.start() for m in re.finditer(re.escape(value), t)]
        if not any(o < max(eb, s1 + 1) and o + len(value) > s1 for o in occ):
            fails.append(f"{r['case']}: change [{s1},{eb}) does not overlap the label value")
        if ct[:s0] + t[s1:eb] + ct[ea:] != t:
            fails.append(f"{r['case']}: not a single contiguous change")
        # the changed figure occurs once in the clean draft (twice or more only for conflicting_values)
        allfig = [norm(f[0]) for f in figures(ct)]
        for fig, fs, fe in changed_figures(ct, t, s0, ea):
            after = ct[fe:fe + 1]
            if re.fullmatch(r"(19|20)\d\d", fig) and after == "年":
                continue        # a year (年度/结转…年): years recur by nature; checked by the year rules
            if "." not in fig and len(fig) < 3 and after in ("\n", "\t", " ", ""):
                continue        # a bare weight/score cell of a table row
            n = allfig.count(norm(fig))
            if want == "conflicting_values":
                if n < 2:
                    fails.append(f"{r['case']}: conflicting figure {fig} occurs {n} times in the clean draft")
            elif n != 1:
                fails.append(f"{r['case']}: changed figure {fig} occurs {n} times in the clean draft")
            checked.append(fig)
        print(f"{r['case']}: {want} fails as labelled; other error codes pass ({len(bad_warn)} warning-level rule notes); "
              f"changed figure(s) {checked or '—'}")
    print("codes:", ", ".join(f"{c}={n}" for c, n in counts.items()))
    if fails:
        print("\nFAILURES:")
        for f in fails:
            print(" -", f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
