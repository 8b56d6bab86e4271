#!/usr/bin/env python3
"""Verify drafts506: re-read every figure from each case text and redo the arithmetic.

Standard library + decimal only.  For every clean draft all checks must pass; for every error
case the failing checks must carry exactly the labelled code (and nothing else, warnings
included).  Also checks the labels: value occurs once, one contiguous edit (<= 40 chars)
against the clean draft overlapping the value, every errors.md §A code used at least twice.
Prints OK on success, otherwise the problems and exit status 1.
"""
import json
import os
import re
import sys
from decimal import Decimal, getcontext

getcontext().prec = 40
D = Decimal
EPS = D("1e-9")
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
MONEY = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}
CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]


# ----------------------------------------------------------------------------- values
def ndec(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


class V:
    """A stated number: value in a base unit (万元 for money) and the tolerance of its decimals."""

    def __init__(self, s, scale=D(1), money=False):
        self.s = s
        self.v = D(s.replace(",", "")) * scale
        self.tol = D("0.5") * D(10) ** (-ndec(s)) * scale
        self.money = money

    def scaled(self, k):
        n = V.__new__(V)
        n.s, n.v, n.tol, n.money = self.s, self.v * k, self.tol * k, self.money
        return n

    def __repr__(self):
        return self.s


def num(s):
    return V(s)


def money(s, unit):
    return V(s, MONEY[unit], True)


def close(c, st):
    return abs(c - st.v) <= st.tol + EPS


def band(x):
    if x >= 90:
        return "优"
    if x >= 80:
        return "良"
    if x >= 60:
        return "中"
    return "差"


GRADE = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
         "合格": "中", "差": "差", "较差": "差", "不合格": "差"}

QRE = re.compile(r"^(≥|≤|＞|＜|=|＝|>=|<=)?\s*(-?[\d,]+(?:\.\d+)?)\s*(.*)$")
DRE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日(前|以前)?$")


def parse_q(s):
    """('date', (y, m, d)) | ('q', direction, V, unit) | ('text', s)"""
    s = s.strip()
    m = DRE.match(s)
    if m:
        return ("date", (int(m[1]), int(m[2]), int(m[3])))
    m = QRE.match(s)
    if m:
        sign = m[1] or "="
        direction = {"≥": "gte", "＞": "gte", ">=": "gte", "≤": "lte", "＜": "lte", "<=": "lte"}.get(sign, "eq")
        return ("q", direction, num(m[2]), m[3].strip())
    return ("text", s)


class Missing(Exception):
    pass


# ----------------------------------------------------------------------------- checker
class Checker:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.fails = []      # (code, message)
        self.n = 0           # number of checks run

    def fail(self, code, msg):
        self.fails.append((code, msg))

    # -- reading figures back from the text
    def m(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise Missing(f"{pat!r} matched {len(ms)} times")
        return ms[0]

    def num(self, pat):
        return num(self.m(pat)[1])

    def mo(self, pat):
        g = self.m(pat)
        return money(g[1], g[2])

    def nums(self, pat):
        return [num(x) for x in re.findall(r"\d+(?:\.\d+)?", self.m(pat)[1])]

    # -- identities
    def ident(self, code, inputs, fn, stated, what):
        self.n += 1
        c = fn([x.v for x in inputs])
        if close(c, stated):
            return True
        allv = list(inputs) + [stated]
        for i, x in enumerate(allv):      # most specific: one amount off by a power of ten
            if not x.money:
                continue
            for k in (D(10000), D("0.0001"), D(10) ** 8, D(10) ** -8):
                xs = [y.scaled(k) if j == i else y for j, y in enumerate(allv)]
                if close(fn([y.v for y in xs[:-1]]), xs[-1]):
                    self.fail("unit_mismatch", f"{what}: {x.s} reconciles only after x{k}")
                    return False
        self.fail(code, f"{what}: computed {c:.4f}, stated {stated.s}")
        return False

    def sum(self, code, parts, total, what):
        return self.ident(code, parts, lambda v: sum(v, D(0)), total, what)

    def diff(self, code, a, b, res, what):
        return self.ident(code, [a, b], lambda v: v[0] - v[1], res, what)

    def prod(self, code, factors, total, what):
        def f(v):
            p = D(1)
            for x in v:
                p *= x
            return p
        return self.ident(code, factors, f, total, what)

    def rate(self, code, a, b, pct, what):
        if b.v == 0:
            self.zero_base(pct, what)
            return
        self.ident(code, [a, b], lambda v: v[0] / v[1] * 100, pct, what)
        self.le100(pct, what)

    def drop_rate(self, code, last, now, pct, what):
        self.ident(code, [last, now], lambda v: (v[0] - v[1]) / v[0] * 100, pct, what)

    def avg(self, code, items, stated, what):
        return self.ident(code, items, lambda v: sum(v, D(0)) / len(v), stated, what)

    def same(self, code, a, b, what):
        self.n += 1
        if abs(a.v - b.v) <= max(a.tol, b.tol) + EPS:
            return True
        for x, y in ((a, b), (b, a)):
            if x.money:
                for k in (D(10000), D("0.0001"), D(10) ** 8, D(10) ** -8):
                    xs = x.scaled(k)
                    if abs(xs.v - y.v) <= max(xs.tol, y.tol) + EPS:
                        self.fail("unit_mismatch", f"{what}: {x.s} vs {y.s} reconcile only after x{k}")
                        return False
        self.fail(code, f"{what}: {a.s} vs {b.s}")
        return False

    def approx(self, exact, about, unit_scale, what):
        """约X万 etc.: exact must fall within about ± half a unit of its last digit."""
        self.n += 1
        lo = (about.v - about.tol) * unit_scale
        hi = (about.v + about.tol) * unit_scale
        if not (lo <= exact.v <= hi):
            self.fail("conflicting_values", f"{what}: {exact.s} outside 约{about.s}")

    def le100(self, pct, what):
        self.n += 1
        if pct.v > 100 or pct.v < 0:
            self.fail("implausible_rate", f"{what}: {pct.s}% outside [0, 100]")

    def zero_base(self, cell, what):
        """a rate cell over a zero base: only — or 0 is tolerated"""
        self.n += 1
        if cell is not None and cell.v != 0:
            self.fail("implausible_rate", f"{what}: rate {cell.s} on a zero base")

    def year_eq(self, pat, y, what):
        self.n += 1
        for m in re.finditer(pat, self.t):
            if int(m[1]) != y:
                self.fail("year_mismatch", f"{what}: {m[0]} (evaluation year {y})")

    def year_gt(self, pat, y, what):
        self.n += 1
        for m in re.finditer(pat, self.t):
            if int(m[1]) <= y:
                self.fail("year_mismatch", f"{what}: {m[0]} must be after {y}")

    def year_lt(self, pat, y, what):
        self.n += 1
        for m in re.finditer(pat, self.t):
            if int(m[1]) >= y:
                self.fail("year_mismatch", f"{what}: {m[0]} must be before {y}")

    def advance(self, pat, y, what):
        """funds issued: in the evaluation year, or as an advance in December of the year before"""
        self.n += 1
        for m in re.finditer(pat, self.t):
            yy, mm = int(m[1]), int(m[2])
            if not (yy == y or (yy == y - 1 and mm == 12)):
                self.fail("year_mismatch", f"{what}: {m[0]} for the {y} budget")

    def title_year(self, y):
        self.year_eq(r"(\d{4})年度", y, "年度")
        self.year_eq(r"(\d{4})年年初预算", y, "年初预算")
        self.year_eq(r"(\d{4})年项目全年预算", y, "全年预算")
        self.n += 1
        head = self.t[:120]
        ys = {int(x) for x in re.findall(r"(\d{4})年度", head)}
        if ys != {y}:
            self.fail("year_mismatch", f"title years {ys}")

    def grade(self, total, word, what):
        self.n += 1
        g = GRADE[word]
        if g != band(total.v):
            self.fail("grade_mismatch", f"{what}: {total.s} is {band(total.v)}, stated {word}")

    # -- tables
    def table(self, header_prefix, sep):
        lines = self.t.split("\n")
        idx = [i for i, l in enumerate(lines) if l.startswith(header_prefix)]
        if len(idx) != 1:
            raise Missing(f"table {header_prefix!r} found {len(idx)} times")
        rows = []
        for line in lines[idx[0] + 1:]:
            if not line.strip():
                break
            rows.append(line.split(sep))
        return rows

    @staticmethod
    def cell(s, scale=D(1), is_money=False):
        s = s.strip().rstrip("%")
        if s in ("—", "-", ""):
            return None
        return V(s, scale, is_money)

    def funds(self, rows, total, comps, ci, wc=None, sc=None, what="funds"):
        """MOF/Sichuan funds block.  ci = {'init','annual','spent','rate'} column indexes."""
        byname = {r[0].strip(): r for r in rows}
        out = {}
        for name, r in byname.items():
            init = self.cell(r[ci["init"]], is_money=True)
            ann = self.cell(r[ci["annual"]], is_money=True)
            sp = self.cell(r[ci["spent"]], is_money=True)
            rt = self.cell(r[ci["rate"]])
            out[name] = dict(init=init, annual=ann, spent=sp, rate=rt)
            if ann.v == 0:
                self.zero_base(rt, f"{what} {name} 执行率")
            else:
                if rt is None:
                    self.fail("rate_mismatch", f"{what} {name}: rate missing")
                else:
                    self.rate("rate_mismatch", sp, ann, rt, f"{what} {name} 执行率")
        for col in ("init", "annual", "spent"):
            self.sum("sum_mismatch", [out[c][col] for c in comps], out[total][col],
                     f"{what} {col} 总额=Σ来源")
        tr = byname[total]
        w = self.cell(tr[wc])
        s = self.cell(tr[sc])
        self.exec_score(out[total]["spent"], out[total]["annual"], out[total]["rate"], w, s, what)
        out["_weight"], out["_score"] = w, s
        return out

    def exec_score(self, sp, ann, rt, w, s, what):
        self.n += 1
        if s.v > w.v or s.v < 0:
            self.fail("score_exceeds_weight", f"{what}: execution score {s.s} > weight {w.s}")
            return
        r = min(sp.v / ann.v, D(1))
        ok = close(w.v * r, s) or (rt is not None and close(w.v * min(rt.v / 100, D(1)), s))
        if not ok:
            self.fail("score_rule_mismatch", f"{what}: execution score {s.s} vs {w.v * r:.4f}")

    def indicators(self, rows, col, total_label, extra_w=(), extra_s=(), what="自评表"):
        """col: name,target,actual,weight,score[,completion][,sign,unit] column indexes.
        Returns (rows by name, Σ weights, Σ scores, stated total weight, stated total score)."""
        out = {}
        sw = sum((x.v for x in extra_w), D(0))
        ss = sum((x.v for x in extra_s), D(0))
        tw = ts = None
        for r in rows:
            if r[0].strip().startswith(total_label):
                tw, ts = self.cell(r[col["weight"]]), self.cell(r[col["score"]])
                continue
            name = r[col["name"]].strip()
            tgt_s, act_s = r[col["target"]].strip(), r[col["actual"]].strip()
            if "sign" in col:                       # Sichuan layout: sign / value / unit columns
                sign, unit = r[col["sign"]].strip(), r[col["unit"]].strip()
                if sign != "定性":
                    tgt_s = ("" if sign == "=" else sign) + tgt_s + unit
                    if QRE.match(act_s) and not QRE.match(act_s)[3]:
                        act_s = act_s + unit
            w, s = self.cell(r[col["weight"]]), self.cell(r[col["score"]])
            comp = self.cell(r[col["completion"]]) if "completion" in col else None
            sw += w.v
            ss += s.v
            tq, aq = parse_q(tgt_s), parse_q(act_s)
            out[name] = dict(target=tq, actual=aq, weight=w, score=s, completion=comp)
            self.n += 1
            if s.v > w.v or s.v < 0:
                self.fail("score_exceeds_weight", f"{name}: score {s.s} > weight {w.s}")
                exceeded = True
            else:
                exceeded = False
            # units
            self.n += 1
            if tq[0] != aq[0] or (tq[0] == "q" and tq[3] != aq[3]):
                if tq[0] == "text" and aq[0] == "text":
                    pass
                else:
                    self.fail("unit_mismatch", f"{name}: target {tgt_s} vs actual {act_s}")
                    continue
            if tq[0] == "q":
                d, T, A = tq[1], tq[2].v, aq[2].v
                if tq[3] == "%":
                    self.le100(aq[2], f"{name} actual")
                if d == "lte":
                    c = D(100) if A <= T else T / A * 100
                    exp = w.v if A <= T else w.v * T / A
                elif T == 0:
                    c = D(100) if A <= 0 else D(0)
                    exp = w.v if A <= 0 else D(0)
                else:
                    c = A / T * 100
                    exp = w.v * min(max(A, D(0)) / T, D(1))
                if comp is not None:
                    self.n += 1
                    if not close(c, comp):
                        self.fail("completion_mismatch", f"{name}: completion {c:.4f} vs {comp.s}")
                if not exceeded:
                    self.n += 1
                    ok = close(exp, s)
                    if comp is not None:
                        pc = comp.v / 100
                        alt = w.v if (d == "lte" and pc >= 1) else w.v * min(pc, D(1))
                        ok = ok or close(alt, s)
                    if not ok:
                        self.fail("score_rule_mismatch", f"{name}: score {s.s} vs rule {exp:.4f}")
            elif tq[0] == "date":
                self.n += 1
                if tq[1][0] != self.year or aq[1][0] != self.year:
                    self.fail("year_mismatch", f"{name}: dates {tgt_s} / {act_s}")
                if not exceeded and aq[1] <= tq[1] and s.v != w.v:
                    self.fail("score_rule_mismatch", f"{name}: met deadline, score {s.s}")
            else:                                   # qualitative
                if comp is not None:
                    self.fail("completion_mismatch", f"{name}: completion on a qualitative row")
                if not exceeded:
                    self.n += 1
                    a = aq[1]
                    partly = a.startswith("基本") or "部分" in a
                    lo, hi = (D("0.6"), D("0.8")) if partly else (D("0.8"), D("1.0001"))
                    if not (w.v * lo - EPS <= s.v < w.v * hi - (EPS if partly else 0)):
                        self.fail("score_rule_mismatch", f"{name}: qualitative score {s.s} outside band")
        self.n += 2
        if tw is None or ts is None:
            raise Missing("total row")
        if abs(sw - tw.v) > EPS or tw.v != 100:
            self.fail("weight_sum_mismatch", f"{what}: weights add to {sw}, stated {tw.s}")
        if not close(ss, ts):
            self.fail("score_sum_mismatch", f"{what}: scores add to {ss}, stated {ts.s}")
        return out, sw, ss, tw, ts

    def score_total(self, ss, stated, what):
        self.n += 1
        if not close(ss, stated):
            self.fail("score_sum_mismatch", f"{what}: scores add to {ss}, stated {stated.s}")


def qv(row, key="actual"):
    """V of a parsed table quantity (None if not quantitative)."""
    q = row[key]
    return q[2] if q[0] == "q" else None


def same_q(c, row, key, v, what):
    q = row[key]
    if q[0] != "q":           # a unit problem is reported by the table check
        return
    t, a = row["target"], row["actual"]
    if t[0] == "q" and a[0] == "q" and t[3] != a[3]:
        return
    c.same("conflicting_values", v, q[2], what)


# ----------------------------------------------------------------------------- projects
def chk_xushui(c):
    Y = 2019
    c.title_year(Y)
    c.year_eq(r"年度：(\d{4})年", Y, "自评表 header")
    init = c.mo(r"(\d+\.\d+)(万元)，其中专职护路队员补助")
    p1 = c.mo(r"其中专职护路队员补助(\d+\.\d+)(万元)、")
    p2 = c.mo(r"、爱路护路宣传(\d+\.\d+)(万元)、")
    p3 = c.mo(r"、巡防装备购置(\d+\.\d+)(万元)。")
    c.sum("sum_mismatch", [p1, p2, p3], init, "年初预算构成")
    add = c.mo(r"追加沿线环境隐患整治经费(\d+\.\d+)(万元)")
    annual = c.mo(r"全年预算调整为(\d+\.\d+)(万元)")
    c.sum("sum_mismatch", [init, add], annual, "年初+追加")
    recv = c.mo(r"全年实际到位(\d+\.\d+)(万元)")
    c.rate("rate_mismatch", recv, annual, c.num(r"资金到位率(\d+(?:\.\d+)?)%"), "到位率")
    spent = c.mo(r"全年实际支出(\d+\.\d+)(万元)")
    c.rate("rate_mismatch", spent, annual, c.num(r"预算执行率(\d+(?:\.\d+)?)%"), "执行率 (text)")
    staff = c.mo(r"其中：专职护路队员补助(\d+\.\d+)(万元)")
    g = c.m(r"按(\d+)人×(\d+)个月×(\d+)(万元|元)/人·月")
    rate_std = money(g[3], g[4])
    tot_yuan = c.mo(r"合计(\d+)(元)；")
    c.prod("sum_mismatch", [num(g[1]), num(g[2]), rate_std], tot_yuan, "人×月×标准")
    c.same("conflicting_values", tot_yuan, staff, "队员补助 元 / 万元")
    e2 = c.mo(r"；爱路护路宣传(\d+\.\d+)(万元)；")
    e3 = c.mo(r"；沿线环境隐患整治(\d+\.\d+)(万元)；")
    e4 = c.mo(r"；巡防装备购置(\d+\.\d+)(万元)。")
    c.sum("sum_mismatch", [staff, e2, e3, e4], spent, "支出构成")
    c.diff("balance_mismatch", recv, spent, c.mo(r"年末结余(\d+\.\d+)(万元)"), "结余")
    c.year_gt(r"已于(\d{4})年\d+月按规定收回", Y, "结余收回")
    c.year_eq(r"截至(\d{4})年12月31日", Y, "截至")
    c.year_gt(r"已列入(\d{4})年整治计划", Y, "顺延")

    f = c.funds(c.table("资金情况（万元）｜", "｜"), "年度资金总额",
                ["其中：当年财政拨款", "上年结转资金", "其他资金"],
                dict(init=1, annual=2, spent=3, rate=5), wc=4, sc=6)
    tot = f["年度资金总额"]
    c.same("conflicting_values", init, tot["init"], "年初预算 text/table")
    c.same("conflicting_values", annual, tot["annual"], "全年预算 text/table")
    c.same("conflicting_values", spent, tot["spent"], "执行 text/table")
    rows, sw, ss, tw, ts = c.indicators(
        c.table("一级指标｜二级指标｜三级指标｜年度指标值", "｜"),
        dict(name=2, target=3, actual=4, completion=5, weight=6, score=7), "总分",
        extra_w=[f["_weight"]], extra_s=[f["_score"]])

    # outputs restated in the text
    km = c.num(r"巡防(\d+)公里，较2018年")
    c.diff("sum_mismatch", km, c.num(r"较2018年的(\d+)公里"), c.num(r"公里增加(\d+)公里"), "巡防增量")
    km_t = c.num(r"巡防里程不少于(\d+)公里")
    c.ident("completion_mismatch", [km, km_t], lambda v: v[0] / v[1] * 100,
            c.num(r"完成年度目标的(\d+\.\d+)%"), "巡防完成率 (text)")
    same_q(c, rows["沿线巡防里程"], "actual", km, "巡防里程 text/table")
    same_q(c, rows["沿线巡防里程"], "target", km_t, "巡防目标 text/table")
    km2 = c.num(r"全年累计巡防(\d+)公里")
    same_q(c, rows["沿线巡防里程"], "actual", km2, "巡防里程 conclusion/table")
    c.approx(km2, c.num(r"约(\d+\.\d+)万公里"), D(10000), "约数")
    hz = c.num(r"排查沿线环境安全隐患(\d+)处，其中")
    parts = [c.num(r"轻飘物(\d+)处"), c.num(r"违章建筑和堆积物(\d+)处"), c.num(r"非法穿越通道(\d+)处")]
    c.sum("sum_mismatch", parts, hz, "隐患构成")
    same_q(c, rows["排查整治环境安全隐患"], "actual", hz, "隐患数 text/table")
    same_q(c, rows["排查整治环境安全隐患"], "target", c.num(r"环境安全隐患不少于(\d+)处"), "隐患目标")
    done = c.num(r"已整治销号(\d+)处")
    c.rate("rate_mismatch", done, hz, c.num(r"销号率(\d+\.\d+)%"), "销号率")
    c.diff("sum_mismatch", hz, done, c.num(r"，剩余(\d+)处涉及"), "剩余隐患")
    same_q(c, rows["隐患整治销号率"], "actual", c.num(r"销号率(\d+\.\d+)%"), "销号率 text/table")
    same_q(c, rows["隐患整治销号率"], "target", c.num(r"整治销号率不低于(\d+)%"), "销号率目标")
    c.same("conflicting_values", done, c.num(r"整治销号隐患(\d+)处"), "销号数 conclusion")
    pub = c.num(r"开展爱路护路宣传(\d+)场次，")
    pub_t = c.num(r"爱路护路宣传不少于(\d+)场次")
    c.diff("sum_mismatch", pub_t, pub, c.num(r"比年度目标少(\d+)场次"), "宣传差额")
    same_q(c, rows["爱路护路宣传活动"], "actual", pub, "宣传 text/table")
    same_q(c, rows["爱路护路宣传活动"], "target", pub_t, "宣传目标")
    acc = c.num(r"路外伤亡事故(\d+)起，较上年")
    c.diff("sum_mismatch", c.num(r"较上年的(\d+)起"), acc, c.num(r"起减少(\d+)起"), "事故减少")
    same_q(c, rows["铁路沿线路外伤亡事故"], "actual", acc, "事故 text/table")
    same_q(c, rows["铁路沿线路外伤亡事故"], "target", c.num(r"控制在(\d+)起以内"), "事故目标")
    cases_now = c.num(r"路外案件(\d+)起")
    drop = c.num(r"起下降(\d+)%")
    c.drop_rate("rate_mismatch", c.num(r"较2018年的(\d+)起"), cases_now, drop, "案件下降率")
    same_q(c, rows["危及行车安全路外案件同比下降率"], "actual", drop, "下降率 text/table")
    sent, back = c.num(r"调查问卷(\d+)份，回收"), c.num(r"回收有效问卷(\d+)份")
    c.rate("rate_mismatch", back, sent, c.num(r"回收率(\d+)%"), "回收率")
    sat = c.num(r"满意度(\d+\.\d+)%")
    c.rate("rate_mismatch", c.num(r"表示满意的(\d+)份"), back, sat, "满意度")
    same_q(c, rows["沿线群众满意度"], "actual", sat, "满意度 text/table")
    same_q(c, rows["沿线群众满意度"], "target", c.num(r"满意度不低于(\d+)%"), "满意度目标")
    std = rows["专职护路队员补助标准"]["actual"]
    if std[0] == "q":
        c.same("conflicting_values", rate_std, money(std[2].s, "元"), "补助标准 text/table")
    g = c.m(r"本项目自评得分(\d+\.\d+)分，评价等级为(优秀|优|良好|良|中等|中|差)")
    c.score_total(ss, num(g[1]), "自评得分 (text)")
    c.grade(num(g[1]), g[2], "结论")


def chk_lukou(c):
    Y = 2021
    c.title_year(Y)
    init = c.mo(r"安全环境整治专项经费(\d+\.\d+)(万元)，年中")
    carry = c.mo(r"年结转资金(\d+\.\d+)(万元)并入")
    c.year_lt(r"年中将(\d{4})年结转资金", Y, "上年结转")
    annual = c.mo(r"全年预算(\d+\.\d+)(万元)，资金")
    c.sum("sum_mismatch", [init, carry], annual, "年初+结转")
    recv = c.mo(r"全年实际到位(\d+\.\d+)(万元)")
    spent = c.mo(r"实际支出(\d+\.\d+)(万元)，预算执行率")
    for m in re.finditer(r"预算执行率(\d+\.\d+)%", c.t):
        c.rate("rate_mismatch", spent, annual, num(m[1]), "执行率 (text)")
    spent2 = c.mo(r"全年支出(\d+\.\d+)(万元)，其中")
    c.same("conflicting_values", spent, spent2, "支出 text/text")
    town = c.mo(r"镇级隐患整治补助(\d+\.\d+)(万元)；")
    staff = c.mo(r"专职护路员补助(\d+\.\d+)(万元)（")
    g = c.m(r"（(\d+)人×(\d+)个月×(\d+)(万元|元)/人·月，合计(\d+)(元|万元)）")
    c.prod("sum_mismatch", [num(g[1]), num(g[2]), money(g[3], g[4])], money(g[5], g[6]), "人×月×标准")
    c.same("conflicting_values", money(g[5], g[6]), staff, "护路员补助 元/万元")
    pub = c.mo(r"宣传及警示标识制作(\d+\.\d+)(万元)")
    c.sum("sum_mismatch", [town, staff, pub], spent2, "支出构成")
    towns = [money(x, "万元") for x in re.findall(r"\d+\.\d+", c.m(r"分别拨付隐患整治补助([^合]+)合计")[1])]
    town_tot = c.mo(r"万元，合计(\d+\.\d+)(万元)。")
    c.sum("sum_mismatch", towns, town_tot, "分别 拨付合计")
    c.same("conflicting_values", town, town_tot, "镇级补助 合计")
    c.diff("balance_mismatch", recv, spent, c.mo(r"未使用资金(\d+\.\d+)(万元)"), "结转金额")
    c.year_gt(r"结转至(\d{4})年", Y, "结转")
    c.year_gt(r"顺延至(\d{4})年", Y, "顺延")

    f = c.funds(c.table("项目\t年初预算数", "\t"), "年度资金总额",
                ["其中：当年财政拨款", "上年结转资金", "其他资金"],
                dict(init=1, annual=2, spent=3, rate=5), wc=4, sc=6)
    tot = f["年度资金总额"]
    c.same("conflicting_values", init, tot["init"], "年初 text/table")
    c.same("conflicting_values", annual, tot["annual"], "全年 text/table")
    c.same("conflicting_values", spent, tot["spent"], "执行 text/table")
    c.same("conflicting_values", carry, f["上年结转资金"]["annual"], "结转 text/table")
    rows, sw, ss, tw, ts = c.indicators(
        c.table("一级指标\t二级指标\t三级指标\t年度指标值", "\t"),
        dict(name=2, target=3, actual=4, completion=5, weight=6, score=7), "合计",
        extra_w=[f["_weight"]], extra_s=[f["_score"]])

    hz = c.nums(r"分别整治隐患([^共]+)共计")
    hz_tot = c.num(r"共计(\d+)处")
    c.sum("sum_mismatch", hz, hz_tot, "分别 隐患合计")
    c.avg("average_mismatch", hz, c.num(r"平均每镇(\d+(?:\.\d+)?)处"), "平均每镇隐患")
    same_q(c, rows["整治铁路沿线环境安全隐患"], "actual", hz_tot, "隐患 text/table")
    same_q(c, rows["整治铁路沿线环境安全隐患"], "target", c.num(r"环境安全隐患不少于(\d+)处"), "隐患目标")
    ok = c.num(r"验收合格(\d+)处")
    q = c.num(r"验收合格率(\d+\.\d+)%")
    c.rate("rate_mismatch", ok, hz_tot, q, "验收合格率")
    c.diff("sum_mismatch", hz_tot, ok, c.num(r"其余(\d+)处已返工"), "返工数")
    same_q(c, rows["隐患整治验收合格率"], "actual", q, "合格率 text/table")
    same_q(c, rows["隐患整治验收合格率"], "target", c.num(r"验收合格率不低于(\d+)%"), "合格率目标")
    cost = money(c.m(r"平均每处隐患整治成本(\d+)元")[1], "元")
    c.ident("average_mismatch", [town_tot, hz_tot], lambda v: v[0] / v[1], cost, "每处整治成本")
    costrow = rows["每处隐患平均整治成本"]["actual"]
    if costrow[0] == "q":
        c.same("conflicting_values", cost, money(costrow[2].s, "元"), "成本 text/table")
    km = c.num(r"全年巡防(\d+)公里")
    same_q(c, rows["护路员巡防里程"], "actual", km, "巡防 text/table")
    same_q(c, rows["护路员巡防里程"], "target", c.num(r"巡防里程不少于(\d+)公里"), "巡防目标")
    sign = c.num(r"新设警示标识牌(\d+)块")
    sign_t = c.num(r"警示标识牌不少于(\d+)块")
    c.diff("sum_mismatch", sign_t, sign, c.num(r"(\d+)块顺延"), "顺延标识牌")
    same_q(c, rows["新设警示标识牌"], "actual", sign, "标识牌 text/table")
    same_q(c, rows["新设警示标识牌"], "target", sign_t, "标识牌目标")
    now, last = c.num(r"治安案件(\d+)起，较"), c.num(r"较2020年的(\d+)起")
    drop = c.num(r"起下降(\d+\.\d+)%")
    c.drop_rate("rate_mismatch", last, now, drop, "案件下降率")
    same_q(c, rows["沿线治安案件同比下降率"], "actual", drop, "下降率 text/table")
    sat = c.num(r"沿线群众满意度为(\d+\.\d+)%")
    same_q(c, rows["沿线群众满意度"], "actual", sat, "满意度 text/table")
    same_q(c, rows["沿线群众满意度"], "target", c.num(r"满意度达到(\d+)%"), "满意度目标")
    same_q(c, rows["沿线群众满意度"], "target", c.num(r"群众满意度低于(\d+)%的目标值"), "满意度目标 (问题)")
    same_q(c, rows["铁路沿线路外伤亡人数"], "target", c.num(r"路外伤亡人数控制在(\d+)人以内"), "伤亡目标")
    same_q(c, rows["沿线治安案件同比下降率"], "target", c.num(r"同比下降(\d+)%以上"), "下降率目标")
    c.same("conflicting_values", num(g[1]), c.num(r"。(\d+)名专职护路员全年巡防"), "护路员人数")
    c.same("conflicting_values", c.num(r"5个镇(\d+)个村"), c.num(r"沿线(\d+)个村（社区）全部纳入"), "村数")
    c.same("conflicting_values", num(str(len(towns))), c.num(r"龙船镇(\d+)个镇"), "镇数 (拨付)")
    c.same("conflicting_values", num(str(len(hz))), c.num(r"龙船镇(\d+)个镇"), "镇数 (隐患)")
    g = c.m(r"本项目自评得分(\d+\.\d+)分，评价等级为(优秀|优|良好|良|中等|中|差)")
    c.score_total(ss, num(g[1]), "自评得分 (text)")
    c.grade(num(g[1]), g[2], "结论")


def chk_maiji(c):
    Y = 2023
    c.title_year(Y)
    init = c.mo(r"年初预算(\d+\.\d+)(万元)，其中基本支出")
    basic = c.mo(r"年初预算[\d.]+万元，其中基本支出(\d+\.\d+)(万元)（人员经费")
    staff0 = c.mo(r"（人员经费(\d+\.\d+)(万元)、公用经费[\d.]+万元），项目支出")
    pub0 = c.mo(r"公用经费(\d+\.\d+)(万元)），项目支出")
    proj = c.mo(r"项目支出(\d+\.\d+)(万元)（铁路护路联防经费")
    hl0 = c.mo(r"（铁路护路联防经费(\d+\.\d+)(万元)、")
    grid0 = c.mo(r"、网格化服务管理经费(\d+\.\d+)(万元)、")
    med0 = c.mo(r"、矛盾纠纷排查调处经费(\d+\.\d+)(万元)）")
    c.sum("sum_mismatch", [staff0, pub0], basic, "基本支出构成")
    c.sum("sum_mismatch", [hl0, grid0, med0], proj, "项目支出构成")
    c.sum("sum_mismatch", [basic, proj], init, "年初预算构成")
    add_staff = c.mo(r"追加人员经费(\d+\.\d+)(万元)")
    add_hl = c.mo(r"追加铁路护路联防经费(\d+\.\d+)(万元)")
    annual = c.mo(r"全年预算(\d+\.\d+)(万元)，其中")
    c.sum("sum_mismatch", [init, add_staff, add_hl], annual, "年初+追加")
    basic_a = c.mo(r"其中基本支出(\d+\.\d+)(万元)、项目支出")
    proj_a = c.mo(r"、项目支出(\d+\.\d+)(万元)。\n")
    c.sum("sum_mismatch", [basic_a, proj_a], annual, "全年预算构成")
    c.sum("sum_mismatch", [basic, add_staff], basic_a, "基本支出调整")
    c.sum("sum_mismatch", [proj, add_hl], proj_a, "项目支出调整")
    spent = c.mo(r"全年支出(\d+\.\d+)(万元)")
    rate_all = c.num(r"全年支出[\d.]+万元，预算执行率(\d+\.\d+)%")
    c.rate("rate_mismatch", spent, annual, rate_all, "执行率")
    basic_s = c.mo(r"其中基本支出(\d+\.\d+)(万元)（人员经费(?:\d+\.\d+)万元、公用经费(?:\d+\.\d+)万元），执行率")
    staff_s = c.mo(r"（人员经费(\d+\.\d+)(万元)、公用经费[\d.]+万元），执行率")
    pub_s = c.mo(r"公用经费(\d+\.\d+)(万元)），执行率")
    c.sum("sum_mismatch", [staff_s, pub_s], basic_s, "基本支出执行构成")
    c.sum("sum_mismatch", [staff0, add_staff], staff_s, "人员经费 全额执行")
    c.rate("rate_mismatch", basic_s, basic_a, c.num(r"公用经费[\d.]+万元），执行率(\d+\.\d+)%"), "基本支出执行率")
    proj_s = c.mo(r"项目支出(\d+\.\d+)(万元)，执行率")
    c.rate("rate_mismatch", proj_s, proj_a, c.num(r"项目支出[\d.]+万元，执行率(\d+\.\d+)%"), "项目支出执行率")
    c.sum("sum_mismatch", [basic_s, proj_s], spent, "支出构成")
    hl_s = c.mo(r"铁路护路联防经费支出(\d+\.\d+)(万元)")
    grid_s = c.mo(r"网格化服务管理经费支出(\d+\.\d+)(万元)")
    med_s = c.mo(r"矛盾纠纷排查调处经费支出(\d+\.\d+)(万元)")
    c.sum("sum_mismatch", [hl_s, grid_s, med_s], proj_s, "项目执行构成")
    rts = c.nums(r"执行率分别为([\d.%、]+)。")
    hl_a = money(str(hl0.v + add_hl.v), "万元")
    for s_, b_, r_, nm in zip([hl_s, grid_s, med_s], [hl_a, grid0, med0], rts, ["护路", "网格", "矛盾"]):
        c.rate("rate_mismatch", s_, b_, r_, f"{nm} 执行率")
    bal = c.mo(r"年末结余(\d+\.\d+)(万元)")
    c.diff("balance_mismatch", annual, spent, bal, "结余")
    ccr = c.num(r"结转结余率(\d+\.\d+)%")
    c.rate("rate_mismatch", bal, annual, ccr, "结转结余率")
    carry = c.mo(r"项目资金(\d+\.\d+)(万元)结转至")
    ret = c.mo(r"公用经费结余(\d+\.\d+)(万元)")
    c.sum("sum_mismatch", [carry, ret], bal, "结余构成")
    c.ident("balance_mismatch", [hl_a, hl_s, grid0, grid_s, med0, med_s],
            lambda v: v[0] - v[1] + v[2] - v[3] + v[4] - v[5], carry, "项目结转")
    c.diff("balance_mismatch", pub0, pub_s, ret, "公用经费结余")
    c.year_gt(r"结转至(\d{4})年", Y, "结转")
    c.year_gt(r"顺延至(\d{4})年", Y, "顺延")
    c.year_gt(r"(\d{4})年第一季度完成", Y, "顺延完成")
    c.year_eq(r"(\d{4})年末实有", Y, "年末人数")
    # 三公
    sg_b = c.mo(r"“三公”经费预算(\d+\.\d+)(万元)")
    c.sum("sum_mismatch", [c.mo(r"（公务用车运行维护费(\d+\.\d+)(万元)、公务接待费[\d.]+万元），实际"),
                           c.mo(r"公务接待费(\d+\.\d+)(万元)），实际")], sg_b, "三公预算构成")
    sg_s = c.mo(r"实际支出(\d+\.\d+)(万元)（公务用车")
    c.sum("sum_mismatch", [c.mo(r"实际支出[\d.]+万元（公务用车运行维护费(\d+\.\d+)(万元)"),
                           c.mo(r"公务接待费(\d+\.\d+)(万元)），控制率")], sg_s, "三公支出构成")
    sg_r = c.num(r"控制率(\d+\.\d+)%")
    c.rate("rate_mismatch", sg_s, sg_b, sg_r, "三公控制率")
    c.diff("sum_mismatch", c.mo(r"较2022年的(\d+\.\d+)(万元)"), sg_s, c.mo(r"下降(\d+\.\d+)(万元)"), "三公下降")

    rows, sw, ss, tw, ts = c.indicators(
        c.table("一级指标\t二级指标\t三级指标\t指标值", "\t"),
        dict(name=2, target=3, actual=4, weight=5, score=6), "合计")
    same_q(c, rows["预算执行率"], "actual", rate_all, "执行率 text/table")
    if rows["预算执行率"]["actual"][0] == "q":
        c.rate("rate_mismatch", spent, annual, rows["预算执行率"]["actual"][2], "执行率 (table)")
    same_q(c, rows["结转结余率"], "actual", ccr, "结转结余率 text/table")
    same_q(c, rows["“三公”经费控制率"], "actual", sg_r, "三公 text/table")
    n, mths = c.num(r"按(\d+)人×"), c.num(r"×(\d+)个月×")
    g = c.m(r"×(\d+)(万元|元)/人·月")
    c.prod("sum_mismatch", [n, mths, money(g[1], g[2])], c.mo(r"按季发放，共计(\d+\.\d+)(万元)"), "人×月×标准")
    c.same("conflicting_values", n, c.num(r"组织(\d+)名专职护路队员"), "队员人数")
    km = c.num(r"巡防(\d+)公里，人均")
    same_q(c, rows["护路巡防里程"], "actual", km, "巡防 text/table")
    g = c.m(r"人均每月巡防(\d+)至(\d+)公里")
    c.n += 1
    per = km.v / (n.v * mths.v)
    if not (D(g[1]) - D("0.5") <= per <= D(g[2]) + D("0.5")):
        c.fail("average_mismatch", f"人均每月巡防 {per:.2f} outside {g[1]}-{g[2]}")
    same_q(c, rows["护路巡防里程"], "target", c.num(r"巡防里程不少于(\d+)公里"), "巡防目标")
    hz = c.num(r"排查整治铁路沿线环境隐患(\d+)处")
    hz_t = c.num(r"环境隐患不少于(\d+)处")
    same_q(c, rows["整治铁路沿线环境隐患"], "actual", hz, "隐患 text/table")
    same_q(c, rows["整治铁路沿线环境隐患"], "target", hz_t, "隐患目标")
    c.diff("sum_mismatch", hz_t, hz, c.num(r"(\d+)处顺延至"), "顺延隐患")
    c.same("conflicting_values", c.num(r"(\d+)处顺延至"), c.num(r"完成顺延的(\d+)处"), "顺延数")
    same_q(c, rows["网格员业务培训"], "actual", c.num(r"网格员业务培训(\d+)期"), "培训 text/table")
    qs = c.nums(r"分别排查调处矛盾纠纷([\d件、]+)，")
    yr = c.num(r"全年(\d+)件")
    c.sum("sum_mismatch", qs, yr, "季度合计")
    c.avg("average_mismatch", qs, c.num(r"季均(\d+)件"), "季均")
    succ = c.num(r"调处成功率(\d+\.\d+)%")
    c.rate("rate_mismatch", c.num(r"调处成功(\d+)件"), yr, succ, "调处成功率")
    same_q(c, rows["矛盾纠纷调处成功率"], "actual", succ, "成功率 text/table")
    same_q(c, rows["矛盾纠纷调处成功率"], "target", c.num(r"调处成功率不低于(\d+)%"), "成功率目标")
    cr = c.num(r"刑事治安案件(\d+)起，较")
    c.diff("sum_mismatch", c.num(r"较2022年的(\d+)起"), cr, c.num(r"起减少(\d+)起"), "案件减少")
    same_q(c, rows["铁路沿线刑事治安案件"], "actual", cr, "案件 text/table")
    same_q(c, rows["铁路沿线刑事治安案件"], "target", c.num(r"控制在(\d+)起以内"), "案件目标")
    sat = c.num(r"满意度为(\d+\.\d+)%")
    same_q(c, rows["群众安全感满意度"], "actual", sat, "满意度 text/table")
    same_q(c, rows["群众安全感满意度"], "target", c.num(r"满意度不低于(\d+)%"), "满意度目标")
    g = c.m(r"自评得分(\d+\.\d+)分，评价等级为(优秀|优|良好|良|中等|中|差)")
    c.score_total(ss, num(g[1]), "自评得分 (text)")
    c.grade(num(g[1]), g[2], "结论")


def chk_guiding(c):
    Y = 2022
    c.title_year(Y)
    c.year_eq(r"项目实施期为(\d{4})年", Y, "实施期")
    annual = c.mo(r"项目全年预算(\d+\.\d+)(万元)，其中")
    prov = c.mo(r"省级护路联防补助(\d+\.\d+)(万元|亿元|元)")
    pref = c.mo(r"州级追加补助(\d+\.\d+)(万元|亿元|元)")
    cnty = c.mo(r"县级财政配套(\d+\.\d+)(万元|亿元|元)")
    c.sum("sum_mismatch", [prov, pref, cnty], annual, "预算来源构成")
    rows = c.table("项目｜行次｜年度总金额", "｜")
    R = {}
    for r in rows:
        key = r[1].strip()[:3]
        is_rate = "率" in r[0]
        R[key] = [c.cell(x, is_money=not is_rate) for x in r[2:]]
    cols = ["总额", "小计", "中央", "省级", "州级", "县级", "上年结转", "其他"]
    for k in ("(1)", "(2)", "(3)", "(4)", "(5)"):
        row = R[k]
        c.sum("sum_mismatch", [row[2], row[3], row[4], row[5]], row[1], f"{k} 小计")
        c.sum("sum_mismatch", [row[1], row[6], row[7]], row[0], f"{k} 总额")
    for i, nm in enumerate(cols):
        c.diff("balance_mismatch", R["(3)"][i], R["(4)"][i], R["(5)"][i], f"(5) {nm}")
        for k, numk, what in (("(6)", "(3)", "到位率"), ("(7)", "(4)", "执行率")):
            base, cell = R["(2)"][i], R[k][i]
            if base.v == 0:
                c.zero_base(cell, f"{k} {nm} {what}")
            elif cell is None:
                c.fail("rate_mismatch", f"{k} {nm}: rate missing")
            else:
                c.rate("rate_mismatch", R[numk][i], base, cell, f"{k} {nm} {what}")
    c.same("conflicting_values", annual, R["(2)"][0], "全年预算 text/table")
    c.same("conflicting_values", prov, R["(2)"][3], "省级 text/table")
    c.same("conflicting_values", pref, R["(2)"][4], "州级 text/table")
    c.same("conflicting_values", cnty, R["(2)"][5], "县级 text/table")
    c.year_eq(r"截至(\d{4})年12月31日", Y, "截至")
    recv = c.mo(r"项目实际到位(\d+\.\d+)(万元)")
    c.same("conflicting_values", recv, R["(3)"][0], "到位 text/table")
    c.rate("rate_mismatch", recv, annual, c.num(r"万元，到位率(\d+\.\d+)%；"), "到位率 (text)")
    spent = c.mo(r"实际支出(\d+\.\d+)(万元)，预算执行率")
    c.same("conflicting_values", spent, R["(4)"][0], "执行 text/table")
    exec_rate = c.num(r"预算执行率(\d+\.\d+)%，资金结余")
    c.rate("rate_mismatch", spent, annual, exec_rate, "执行率 (text)")
    c.diff("balance_mismatch", recv, spent, c.mo(r"资金结余(\d+\.\d+)(万元)"), "结余 (text)")
    c.advance(r"于(\d{4})年(\d{1,2})月下达", Y, "州级资金下达")
    pref_in = c.mo(r"年内到位(\d+\.\d+)(万元)")
    c.same("conflicting_values", pref_in, R["(3)"][4], "州级到位 text/table")
    c.rate("rate_mismatch", pref_in, R["(2)"][4], c.num(r"年内到位[\d.]+万元，到位率(\d+\.\d+)%"), "州级到位率 (text)")
    c.diff("balance_mismatch", recv, spent, c.mo(r"已到位未支出的(\d+\.\d+)(万元)"), "结转 (text)")
    c.year_gt(r"结转至(\d{4})年", Y, "结转")
    cnty_s = c.mo(r"县级资金支出(\d+\.\d+)(万元)中")
    c.same("conflicting_values", cnty_s, R["(4)"][5], "县级支出 text/table")
    staff = c.mo(r"专职护路员补助(\d+\.\d+)(万元)（")
    g = c.m(r"（(\d+)人×(\d+)个月×(\d+)(万元|元)/人·月）")
    c.prod("sum_mismatch", [num(g[1]), num(g[2]), money(g[3], g[4])], staff, "人×月×标准")
    c.sum("sum_mismatch", [staff, c.mo(r"隐患整治及宣传(\d+\.\d+)(万元)")], cnty_s, "县级支出构成")

    rows, sw, ss, tw, ts = c.indicators(
        c.table("一级指标｜二级指标｜三级指标｜权重", "｜"),
        dict(name=2, weight=3, target=4, actual=5, completion=6, score=7), "合计")
    same_q(c, rows["预算执行率"], "actual", exec_rate, "执行率 text/table")
    if rows["预算执行率"]["actual"][0] == "q":
        c.rate("rate_mismatch", spent, annual, rows["预算执行率"]["actual"][2], "执行率 (自评表)")
    same_q(c, rows["预算执行率"], "actual", R["(7)"][0], "执行率 funds/自评表")
    std = rows["护路员补助标准"]["actual"]
    if std[0] == "q":
        c.same("conflicting_values", money(g[3], g[4]), money(std[2].s, "元"), "补助标准 text/table")
    km = c.num(r"全年巡防(\d+)公里")
    same_q(c, rows["护路巡防里程"], "actual", km, "巡防 text/table")
    same_q(c, rows["护路巡防里程"], "target", c.num(r"巡防里程不少于(\d+)公里"), "巡防目标")
    c.same("conflicting_values", num(g[1]), c.num(r"（一）产出。(\d+)名专职护路员"), "护路员人数")
    c.n += 1
    th = c.num(r"执行率低于(\d+)%的主要原因")
    if not exec_rate.v < th.v:
        c.fail("rate_mismatch", f"执行率 {exec_rate.s} stated as below {th.s}")
    hz = c.num(r"排查整治沿线安全隐患(\d+)处，其中")
    same_q(c, rows["排查整治沿线安全隐患"], "actual", hz, "隐患 text/table")
    same_q(c, rows["排查整治沿线安全隐患"], "target", c.num(r"安全隐患不少于(\d+)处"), "隐患目标")
    ok = c.num(r"验收合格(\d+)处")
    q = c.num(r"，合格率(\d+\.\d+)%")
    c.rate("rate_mismatch", ok, hz, q, "合格率")
    c.diff("sum_mismatch", hz, ok, c.num(r"其余(\d+)处已限期返工"), "返工")
    same_q(c, rows["隐患整治合格率"], "actual", q, "合格率 text/table")
    same_q(c, rows["隐患整治合格率"], "target", c.num(r"合格率不低于(\d+)%"), "合格率目标")
    same_q(c, rows["爱路护路宣传"], "actual", c.num(r"开展爱路护路宣传(\d+)场。"), "宣传 text/table")
    same_q(c, rows["爱路护路宣传"], "target", c.num(r"宣传不少于(\d+)场"), "宣传目标")
    acc = c.num(r"发生路外伤亡事故(\d+)起（")
    same_q(c, rows["铁路沿线路外伤亡事故"], "actual", acc, "事故 text/table")
    same_q(c, rows["铁路沿线路外伤亡事故"], "target", c.num(r"控制在(\d+)起以内"), "事故目标")
    c.same("conflicting_values", acc, c.num(r"发生路外伤亡事故(\d+)起，"), "事故 text/text")
    same_q(c, rows["沿线治安案件发案数"], "actual", c.num(r"发生沿线治安案件(\d+)起"), "案件 text/table")
    same_q(c, rows["沿线治安案件发案数"], "target", c.num(r"治安案件不超过(\d+)起"), "案件目标")
    back = c.num(r"收回(\d+)份")
    sat = c.num(r"沿线群众满意度(\d+\.\d+)%")
    c.rate("rate_mismatch", c.num(r"其中满意(\d+)份"), back, sat, "满意度")
    same_q(c, rows["沿线群众满意度"], "actual", sat, "满意度 text/table")
    same_q(c, rows["沿线群众满意度"], "target", c.num(r"满意度不低于(\d+)%"), "满意度目标")
    g = c.m(r"自评得分(\d+\.\d+)分，评价等级为(优秀|优|良好|良|中等|中|差)")
    c.score_total(ss, num(g[1]), "自评得分 (text)")
    c.grade(num(g[1]), g[2], "结论")


def chk_zhaohua(c):
    Y = 2025
    c.title_year(Y)
    c.year_eq(r"年度：(\d{4})年", Y, "自评表 header")
    init = c.mo(r"项目年初预算(\d+\.\d+)(万元)")
    cut = c.mo(r"调减预算(\d+\.\d+)(万元)")
    annual = c.mo(r"调整后全年预算(\d+\.\d+)(万元)")
    c.diff("sum_mismatch", init, cut, annual, "年初-调减")
    b1 = c.mo(r"其中专职护路员补助(\d+\.\d+)(万元)、")
    b2 = c.mo(r"、隐患整治(\d+\.\d+)(万元)、")
    b3 = c.mo(r"、宣传(\d+\.\d+)(万元)。")
    c.sum("sum_mismatch", [b1, b2, b3], annual, "全年预算构成")
    c.advance(r"(\d{4})年(\d{1,2})月提前下达", Y, "提前下达")
    c.advance(r"(\d{4})年(\d{1,2})月下达", Y, "下达")
    adv = c.mo(r"提前下达(\d+\.\d+)(万元)")
    rest = c.mo(r"月下达(\d+\.\d+)(万元)，全年")
    recv = c.mo(r"全年实际到位(\d+\.\d+)(万元)")
    c.sum("sum_mismatch", [adv, rest], recv, "分批到位")
    c.same("conflicting_values", recv, annual, "到位=全年预算 (全额到位)")
    spent = c.mo(r"全年支出(\d+\.\d+)(万元)")
    rate_t = c.num(r"预算执行率(\d+\.\d+)%")
    c.rate("rate_mismatch", spent, annual, rate_t, "执行率 (text)")
    s1 = c.mo(r"其中：专职护路员补助(\d+\.\d+)(万元)")
    g = c.m(r"按(\d+)人×(\d+)个月×(\d+)(万元|元)/人·月发放，合计(\d+)(元|万元)")
    std = money(g[3], g[4])
    c.prod("sum_mismatch", [num(g[1]), num(g[2]), std], money(g[5], g[6]), "人×月×标准")
    c.same("conflicting_values", money(g[5], g[6]), s1, "补助 元/万元")
    c.rate("rate_mismatch", s1, b1, c.num(r"合计\d+元，执行率(\d+)%"), "补助执行率")
    s2 = c.mo(r"隐患整治支出(\d+\.\d+)(万元)")
    c.rate("rate_mismatch", s2, b2, c.num(r"隐患整治支出[\d.]+万元，执行率(\d+\.\d+)%"), "整治执行率")
    s3 = c.mo(r"宣传支出(\d+\.\d+)(万元)")
    c.rate("rate_mismatch", s3, b3, c.num(r"宣传支出[\d.]+万元，执行率(\d+\.\d+)%"), "宣传执行率")
    c.sum("sum_mismatch", [s1, s2, s3], spent, "支出构成")
    c.diff("balance_mismatch", recv, spent, c.mo(r"年末结余(\d+\.\d+)(万元)"), "结余")
    c.year_gt(r"纳入(\d{4})年整治计划", Y, "顺延")
    std_t = c.num(r"护路员补助标准(\d+)元/人·月")

    f = c.funds(c.table("资金来源｜年初预算数", "｜"), "年度资金总额",
                ["财政资金", "财政专户管理资金", "单位资金", "其他资金"],
                dict(init=1, annual=2, spent=3, rate=4), wc=5, sc=6)
    tot = f["年度资金总额"]
    c.same("conflicting_values", init, tot["init"], "年初 text/table")
    c.same("conflicting_values", annual, tot["annual"], "全年 text/table")
    c.same("conflicting_values", spent, tot["spent"], "执行 text/table")
    rows, sw, ss, tw, ts = c.indicators(
        c.table("一级指标｜二级指标｜三级指标｜指标性质", "｜"),
        dict(name=2, sign=3, target=4, unit=5, actual=6, weight=7, score=8), "总分",
        extra_w=[f["_weight"]], extra_s=[f["_score"]])
    g2 = c.m(r"预算执行情况分值(\d+)分、绩效指标分值(\d+)分，自评得分(\d+\.\d+)分，评价等级为(优秀|优|良好|良|中等|中|差)")
    c.n += 2
    if f["_weight"].v != D(g2[1]):
        c.fail("weight_sum_mismatch", "预算执行分值 text/table")
    if sw - f["_weight"].v != D(g2[2]):
        c.fail("weight_sum_mismatch", f"绩效指标分值 {sw - f['_weight'].v} vs stated {g2[2]}")
    c.score_total(ss, num(g2[3]), "自评得分 (text)")
    c.grade(num(g2[3]), g2[4], "结论")
    km = c.num(r"全年巡防(\d+)公里")
    km_t = c.num(r"巡防里程不少于(\d+)公里")
    c.ident("completion_mismatch", [km, km_t], lambda v: v[0] / v[1] * 100,
            c.num(r"公里，完成年度目标的(\d+\.\d+)%"), "巡防完成率 (text)")
    same_q(c, rows["铁路沿线巡防里程"], "actual", km, "巡防 text/table")
    same_q(c, rows["铁路沿线巡防里程"], "target", km_t, "巡防目标")
    hz = c.num(r"整治沿线安全隐患(\d+)处，完成")
    hz_t = c.num(r"整治沿线安全隐患不少于(\d+)处")
    c.ident("completion_mismatch", [hz, hz_t], lambda v: v[0] / v[1] * 100,
            c.num(r"处，完成年度目标的(\d+\.\d+)%"), "隐患完成率 (text)")
    c.diff("sum_mismatch", hz_t, hz, c.num(r"另有(\d+)处"), "未完成隐患")
    same_q(c, rows["整治沿线安全隐患"], "actual", hz, "隐患 text/table")
    same_q(c, rows["整治沿线安全隐患"], "target", hz_t, "隐患目标")
    same_q(c, rows["隐患整改复查合格率"], "actual", c.num(r"整改复查合格率(\d+)%"), "合格率 text/table")
    same_q(c, rows["隐患整改复查合格率"], "target", c.num(r"合格率不低于(\d+)%"), "合格率目标")
    same_q(c, rows["隐患整改平均用时"], "actual", c.num(r"平均用时(\d+)天，"), "用时 text/table")
    same_q(c, rows["隐患整改平均用时"], "target", c.num(r"平均用时不超过(\d+)天"), "用时目标")
    same_q(c, rows["隐患整改平均用时"], "target", c.num(r"天，超过(\d+)天的目标"), "用时目标 (text)")
    c.same("conflicting_values", c.num(r"另有(\d+)处"), c.num(r"｜(\d+)处涉及产权争议"), "未完成隐患 text/table")
    same_q(c, rows["护路员补助标准"], "target", std_t, "补助标准目标")
    same_q(c, rows["护路员补助标准"], "actual", num(g[3]) if g[4] == "元" else std.scaled(D(10000)),
           "补助标准 text/table")
    aw = c.num(r"知晓率为(\d+\.\d+)%")
    same_q(c, rows["沿线群众爱路护路知晓率"], "actual", aw, "知晓率 text/table")
    same_q(c, rows["沿线群众爱路护路知晓率"], "target", c.num(r"知晓率不低于(\d+)%"), "知晓率目标")


PROJECTS = {
    "hulu-xushui-2019": (chk_xushui, 2019),
    "hulu-lukou-2021": (chk_lukou, 2021),
    "hulu-maiji-bumen-2023": (chk_maiji, 2023),
    "hulu-guiding-2022": (chk_guiding, 2022),
    "hulu-zhaohua-2025": (chk_zhaohua, 2025),
}


def run(source, text):
    fn, year = PROJECTS[source]
    c = Checker(text, year)
    try:
        fn(c)
    except (Missing, KeyError, IndexError, ValueError, ArithmeticError) as e:
        c.fail("parse_error", f"{type(e).__name__}: {e}")
    return c


def edit_region(a, b):
    """common prefix/suffix strip: region [p, len-s) in a and in b"""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    if len(labels) != 35:
        problems.append(f"{len(labels)} labels, expected 35")
    counts = {}
    stats = []
    for lab in labels:
        name, src = lab["case"], lab["source"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        c = run(src, text)
        got = {code for code, _ in c.fails}
        if lab["clean"]:
            n = len(text)
            stats.append((name, n, c.n))
            if not 1500 <= n <= 5000:
                problems.append(f"{name}: {n} characters")
            if lab["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if c.fails:
                problems.append(f"{name}: clean draft fails {c.fails}")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{name}: expected must hold exactly one finding")
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        counts[code] = counts.get(code, 0) + 1
        if exp.get("severity") != "error":
            problems.append(f"{name}: severity must be error")
        if code not in CODES_A:
            problems.append(f"{name}: {code} not in errors.md §A")
        if got != {code}:
            problems.append(f"{name}: labelled {code}, checks fail with {sorted(got)}: {c.fails}")
        if text.count(value) != 1:
            problems.append(f"{name}: value occurs {text.count(value)} times")
            continue
        p, ea, eb = edit_region(text, clean)
        if max(ea - p, eb - p) > 40 or text == clean:
            problems.append(f"{name}: edit region {max(ea - p, eb - p)} chars")
        vs = text.index(value)
        ve = vs + len(value)
        if not (vs < max(ea, p + 1) and p < ve):
            problems.append(f"{name}: edit [{p},{ea}) does not overlap value [{vs},{ve})")
    for code in CODES_A:
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} used {counts.get(code, 0)} times (< 2)")
    if "-v" in sys.argv:
        for name, n, k in stats:
            print(f"{name}: {n} chars, {k} checks")
        for code in CODES_A:
            print(f"{code}: {counts.get(code, 0)}")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
