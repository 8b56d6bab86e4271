#!/usr/bin/env python3
"""Independent re-check of this set (standard library only, decimal.Decimal).

1. every label value occurs in its case; each error case differs from its clean draft in one contiguous place
   that overlaps the label value; each of the 13 codes of errors.md §A occurs at least twice;
2. the arithmetic of every draft is redone from the text (funds tables, indicator tables, prose statements,
   years, grades) with the tolerance of rules.md §8: clean drafts must pass every error-level check; an error
   case must fail the labelled code and no other error-level code.
Prints OK at the end.
"""
import json
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP
from pathlib import Path

ROOT = Path(__file__).resolve().parent
CASES = ROOT / "cases"
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
NUM = r"(\d[\d,]*(?:\.\d+)?)"
UNIT_FACTOR = {"元": D(1), "万元": D(10000), "亿元": D(100000000), "吨": D(1), "万吨": D(10000)}
UNIT_FAMILY = {"元": "money", "万元": "money", "亿元": "money", "吨": "ton", "万吨": "ton"}
SCALES = [D(10000), D(1) / D(10000), D(100000000), D(1) / D(100000000)]
GRADES = {"优": (D(90), D(101)), "优秀": (D(90), D(101)), "良": (D(80), D(90)), "良好": (D(80), D(90)),
          "中": (D(60), D(80)), "中等": (D(60), D(80)), "一般": (D(60), D(80)), "合格": (D(60), D(80)),
          "差": (D(-1), D(60)), "较差": (D(-1), D(60)), "不合格": (D(-1), D(60))}
GRADE_RE = "(优秀|良好|中等|较差|不合格|一般|合格|优|良|中|差)"
BOUNDED_RATE_WORDS = ("满意", "执行率", "到位率", "合格率", "及时率", "覆盖率", "完工率", "投放率", "入库率")


class ExtractError(Exception):
    pass


class Num:
    """A figure as written: value, decimals (for the tolerance) and unit."""

    def __init__(self, raw, unit=""):
        self.raw = raw
        s = raw.replace(",", "")
        self.v = D(s)
        self.dec = len(s.split(".")[1]) if "." in s else 0
        self.unit = unit or ""
        self.f = UNIT_FACTOR.get(self.unit, D(1))

    @property
    def base(self):
        return self.v * self.f

    @property
    def tol(self):
        return (D("0.5") * D(10) ** -self.dec + D("1e-9")) * self.f

    def __repr__(self):
        return f"{self.raw}{self.unit}"


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


class Ctx:
    def __init__(self, text, year):
        self.t = text
        self.Y = year
        self.errs = []
        self.warns = []

    # ---------- recording ----------
    def fail(self, code, msg):
        self.errs.append((code, msg))

    def warn(self, code, msg):
        self.warns.append((code, msg))

    # ---------- extraction ----------
    def m(self, pat, n=1):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != n:
            raise ExtractError(f"pattern {pat!r} matched {len(ms)} times (expected {n})")
        return ms[0] if n == 1 else ms

    def ms(self, pat):
        return list(re.finditer(pat, self.t))

    @staticmethod
    def q(match, g, u=None, unit=""):
        un = match.group(u) if u else unit
        return Num(match.group(g), un)

    # ---------- checks ----------
    def close(self, stated, computed_base):
        return abs(computed_base - stated.base) <= stated.tol

    def rel(self, code, stated, comps, fn, msg):
        """stated (Num) must equal fn([c.base for c in comps]); a 10^4 / 10^8 slip in one figure -> unit_mismatch."""
        vals = [c.base for c in comps]
        comp = fn(vals)
        if self.close(stated, comp):
            return True
        for k in SCALES:
            if abs(comp - stated.base * k) <= stated.tol * k:
                self.fail("unit_mismatch", f"{msg}: stated {stated} vs computed {comp} (reconciled by x{k})")
                return False
        for i in range(len(comps)):
            for k in SCALES:
                v2 = list(vals)
                v2[i] = vals[i] * k
                if self.close(stated, fn(v2)):
                    self.fail("unit_mismatch", f"{msg}: {comps[i]} off by a power of ten")
                    return False
        self.fail(code, f"{msg}: stated {stated} vs computed {comp}")
        return False

    def same(self, a, b, msg, code="conflicting_values"):
        """Two statements of one quantity."""
        if abs(a.base - b.base) <= max(a.tol, b.tol):
            return True
        for k in SCALES:
            if abs(a.base * k - b.base) <= max(a.tol * k, b.tol):
                self.fail("unit_mismatch", f"{msg}: {a} vs {b} (power of ten)")
                return False
        self.fail(code, f"{msg}: {a} vs {b}")
        return False

    def pct(self, code, stated, num, den, msg):
        """stated percentage (Num, '%') = num / den * 100."""
        if den == 0:
            self.fail("implausible_rate", f"{msg}: rate on a zero base")
            return False
        comp = num / den * 100
        if stated.v > 100 and any(w in msg for w in BOUNDED_RATE_WORDS):
            self.fail("implausible_rate", f"{msg}: {stated}% above 100%")
            return False
        if abs(comp - stated.v) <= D("0.5") * D(10) ** -stated.dec + D("1e-9"):
            return True
        self.fail(code, f"{msg}: stated {stated.raw}% vs computed {comp:.4f}%")
        return False

    def year(self, pat, ok, msg):
        for mt in self.ms(pat):
            y = int(mt.group(1))
            if not ok(y):
                self.fail("year_mismatch", f"{msg}: {mt.group(0)} (evaluation year {self.Y})")
        if not self.ms(pat):
            raise ExtractError(f"year pattern {pat!r} not found")

    def grade(self, word, total, msg):
        lo, hi = GRADES[word]
        if not (lo <= total.v < hi):
            self.fail("grade_mismatch", f"{msg}: {word} for {total}")

    def bounded(self):
        """Prose satisfaction / execution-type percentages cannot exceed 100%."""
        pat = r"((?:满意度|满意率|执行率|到位率|合格率|及时率|覆盖率|完工率|投放率)(?:为|达到|是)?)" + NUM + "%"
        for mt in re.finditer(pat, self.t):
            if D(mt.group(2).replace(",", "")) > 100:
                self.fail("implausible_rate", f"{mt.group(0)} above 100%")


# ---------------------------------------------------------------- tables
def cells(line):
    return line.split("\t")


def table_after(text, header_pred):
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if "\t" in ln and header_pred(ln):
            rows = []
            for ln2 in lines[i + 1:]:
                if "\t" not in ln2:
                    break
                rows.append(cells(ln2))
            return cells(ln), rows
    raise ExtractError("table not found")


def money(s):
    s = s.strip()
    if s in ("—", "-", ""):
        return None
    return Num(s, "元")


class Funds:
    """Funds table in 元: header with 预算数, rows up to the row labelled 资金合计."""

    def __init__(self, ctx):
        head, rows = table_after(ctx.t, lambda l: "预算数" in l and "三级指标" not in l)
        self.head = head
        self.col = {}
        for j, h in enumerate(head):
            for key in ("年初", "全年预算", "执行数", "到位", "结余", "执行率", "分值", "得分"):
                if key in h and key not in self.col:
                    self.col[key] = j
        self.rows = {}
        self.order = []
        for r in rows:
            self.rows[r[0]] = r
            self.order.append(r[0])
        if self.order[-1] != "资金合计":
            raise ExtractError("funds table does not end with 资金合计")
        self.ctx = ctx

    def get(self, row, key):
        r = self.rows[row]
        return money(r[self.col[key]])

    def check(self, exec_weight_ok=True):
        c = self.ctx
        comps = [k for k in self.order if k != "资金合计"]
        for key in ("年初", "全年预算", "执行数", "到位", "结余"):
            if key not in self.col:
                continue
            tot = self.get("资金合计", key)
            parts = [self.get(k, key) for k in comps]
            c.rel("sum_mismatch", tot, parts, lambda v: sum(v, D(0)), f"funds column {key}: Σ rows vs 资金合计")
        for k in self.order:
            if "执行率" in self.col:
                cell = self.rows[k][self.col["执行率"]].strip()
                bud, spent = self.get(k, "全年预算"), self.get(k, "执行数")
                if cell in ("—", "-", ""):
                    if bud.v != 0:
                        c.warn("missing_figure", f"{k}: no rate printed on a non-zero base")
                else:
                    st = Num(cell.rstrip("%"))
                    c.pct("rate_mismatch", st, spent.base, bud.base, f"funds {k} 执行率")
            if "结余" in self.col:
                bal = self.get(k, "结余")
                base = self.get(k, "到位") if "到位" in self.col else self.get(k, "全年预算")
                spent = self.get(k, "执行数")
                c.rel("balance_mismatch", bal, [base, spent], lambda v: v[0] - v[1], f"funds {k} 结余")
        if "分值" in self.col and "得分" in self.col:
            w = Num(self.rows["资金合计"][self.col["分值"]])
            s = Num(self.rows["资金合计"][self.col["得分"]])
            if s.v > w.v or s.v < 0:
                c.fail("score_exceeds_weight", f"execution score {s} vs weight {w}")
            bud, spent = self.get("资金合计", "全年预算"), self.get("资金合计", "执行数")
            comp = w.v * min(spent.base / bud.base, D(1))
            if abs(comp - s.v) > D("0.5") * D(10) ** -s.dec + D("1e-9"):
                c.warn("score_rule_mismatch", f"execution score {s} vs {comp}")

    def rate(self):
        return self.get("资金合计", "执行数").base / self.get("资金合计", "全年预算").base * 100


SIGN = {"≥": "gte", "＞": "gte", ">": "gte", "≤": "lte", "＜": "lte", "<": "lte", "=": "eq", "＝": "eq"}


def parse_val(s, unit_col=None):
    s = s.strip()
    mt = re.match(r"^(≥|≤|=|＝|＞|＜|>|<)?\s*" + NUM + r"\s*(.*)$", s)
    if not mt:
        return None, None, None
    unit = mt.group(3).strip() or (unit_col or "")
    return SIGN.get(mt.group(1) or "", None), Num(mt.group(2), unit), unit


def unit_ok(u1, u2):
    if u1 == u2:
        return True
    return UNIT_FAMILY.get(u1) is not None and UNIT_FAMILY.get(u1) == UNIT_FAMILY.get(u2)


class Indicators:
    """Indicator table: header with 三级指标; rows; total rows (合计/总分) read by their last two numbers."""

    def __init__(self, ctx):
        head, rows = table_after(ctx.t, lambda l: "三级指标" in l)
        self.ctx = ctx
        col = {}
        for j, h in enumerate(head):
            h = h.strip()
            if h == "一级指标": col["l1"] = j
            elif h == "二级指标": col["l2"] = j
            elif h == "三级指标": col["name"] = j
            elif h in ("年度指标值", "指标值", "目标值"): col["target"] = j
            elif h in ("实际完成值", "完成值"): col["actual"] = j
            elif h == "完成率": col["compl"] = j
            elif h in ("分值", "权重"): col["w"] = j
            elif h == "得分": col["s"] = j
            elif h == "指标性质": col["nature"] = j
            elif h in ("度量单位", "计量单位"): col["unit"] = j
        self.col = col
        self.rows = []
        self.totals = []
        self.grade_row = None
        l1 = l2 = ""
        for r in rows:
            first = r[0].strip()
            if first.startswith("评价等级"):
                self.grade_row = r[1].strip()
                continue
            if first.startswith(("合计", "总分", "绩效指标合计")):
                nums = [x for x in r[1:] if re.fullmatch(NUM, x.strip())]
                self.totals.append((first, Num(nums[-2]), Num(nums[-1])))
                continue
            r = r + [""] * (len(head) - len(r))
            l1 = r[col["l1"]].strip() or l1
            l2 = r[col["l2"]].strip() or l2
            self.rows.append({"l1": l1, "l2": l2, "name": r[col["name"]].strip(), "cells": r})

    def cell(self, row, key):
        return row["cells"][self.col[key]].strip() if key in self.col else ""

    def find(self, name_part):
        hits = [r for r in self.rows if name_part in r["name"]]
        if len(hits) != 1:
            raise ExtractError(f"indicator {name_part!r}: {len(hits)} rows")
        return hits[0]

    def actual(self, name_part):
        r = self.find(name_part)
        _, a, _ = parse_val(self.cell(r, "actual"), self.cell(r, "unit") or None)
        return a

    def target(self, name_part):
        r = self.find(name_part)
        _, t, _ = parse_val(self.cell(r, "target"), self.cell(r, "unit") or None)
        return t

    def weight(self, name_part):
        return Num(self.cell(self.find(name_part), "w"))

    def check(self, extra_w=None, extra_s=None):
        c = self.ctx
        wsum = D(0)
        ssum = D(0)
        for r in self.rows:
            name = r["name"]
            w = Num(self.cell(r, "w"))
            s = Num(self.cell(r, "s"))
            wsum += w.v
            ssum += s.v
            if s.v > w.v or s.v < 0:
                c.fail("score_exceeds_weight", f"{name}: score {s} > weight {w}")
            nature = self.cell(r, "nature")
            unit_col = self.cell(r, "unit")
            unit_col = None if unit_col in ("", "—") else unit_col
            if nature == "定性":
                continue
            d, t, tu = parse_val(self.cell(r, "target"), unit_col)
            if nature:
                d = SIGN.get(nature, d)
            _, a, au = parse_val(self.cell(r, "actual"), unit_col)
            if t is None and a is None:
                continue  # qualitative
            if t is None or a is None:
                c.fail("unit_mismatch", f"{name}: target {self.cell(r, 'target')} vs actual {self.cell(r, 'actual')}")
                continue
            if not unit_ok(tu, au):
                c.fail("unit_mismatch", f"{name}: target unit {tu!r} vs actual unit {au!r}")
                continue
            if au == "%" and a.v > 100 and any(k in name for k in BOUNDED_RATE_WORDS):
                c.fail("implausible_rate", f"{name}: actual {a} above 100%")
            d = d or "eq"
            T, A = t.base, a.base
            if d == "lte":
                comp = D(100) if A <= T else T / A * 100
                rule = w.v if A <= T else w.v * T / A
            elif d == "eq" and T == 0:
                comp = None
                rule = w.v if A <= 0 else D(0)
            else:
                comp = A / T * 100
                rule = w.v if A >= T else w.v * max(A, D(0)) / T
            if "compl" in self.col and comp is not None:
                st = self.cell(r, "compl")
                if st not in ("—", ""):
                    stn = Num(st.rstrip("%"))
                    if abs(comp - stn.v) > D("0.5") * D(10) ** -stn.dec + D("1e-9"):
                        c.fail("completion_mismatch", f"{name}: 完成率 {st} vs computed {comp:.4f}%")
            tol_s = D("0.5") * D(10) ** -s.dec + D("1e-9")
            ok = abs(rule - s.v) <= tol_s
            if not ok and comp is not None and d != "lte" and A < T:
                # score from the printed completion rate (rules §8)
                printed = r2(comp)
                ok = abs(w.v * printed / 100 - s.v) <= tol_s
            if not ok:
                c.warn("score_rule_mismatch", f"{name}: score {s} vs rule {rule:.4f}")
        tw = wsum + (extra_w.v if extra_w else 0)
        ts = ssum + (extra_s.v if extra_s else 0)
        if not self.totals:
            raise ExtractError("no total row")
        for (label, tw_st, ts_st) in self.totals:
            if label.startswith("绩效指标合计"):
                cw, cs = wsum, ssum
            else:
                cw, cs = tw, ts
            if abs(cw - tw_st.v) > tw_st.tol:
                c.fail("weight_sum_mismatch", f"{label}: weights add up to {cw}, stated {tw_st}")
            if abs(cs - ts_st.v) > ts_st.tol:
                c.fail("score_sum_mismatch", f"{label}: scores add up to {cs}, stated {ts_st}")
        if tw != 100:
            c.fail("weight_sum_mismatch", f"weights add up to {tw}, not 100")
        self.sum_w, self.sum_s = tw, ts
        if self.grade_row:
            self.ctx.grade(self.grade_row, [t for t in self.totals if not t[0].startswith("绩效指标合计")][-1][2],
                           "table grade")
        return ts

    def total_score(self):
        return [t for t in self.totals if not t[0].startswith("绩效指标合计")][-1][2]


# ---------------------------------------------------------------- per-project checks
def P(ctx, pat, *groups, units=None, n=1):
    """Extract one match; return Nums for the given groups; units: list aligned with groups
    (a str is a literal unit, ('u', name) reads the unit from a group)."""
    mt = ctx.m(pat, n)
    out = []
    for i, g in enumerate(groups):
        u = units[i] if units else ""
        if isinstance(u, tuple):
            out.append(Num(mt.group(g), mt.group(u[1])))
        else:
            out.append(Num(mt.group(g), u))
    return out if len(out) > 1 else out[0]


def sumf(v):
    return sum(v, D(0))


def check_jianli(c):
    Y = c.Y
    f = Funds(c); f.check()
    ind = Indicators(c)
    # years
    c.year(r"(\d{4})年度化肥淡季商业储备贴息项目支出", lambda y: y == Y, "title year")
    c.year(r"关于开展(\d{4})年度市级预算项目", lambda y: y == Y, "notice year")
    c.year(r"储备期自(\d{4})年6月1日", lambda y: y == Y, "storage period")
    c.year(r"上一年度（(\d{4})年）", lambda y: y == Y - 1, "last year")
    c.year(r"已于(\d{4})年12月提前下达", lambda y: y in (Y - 1, Y), "advance issue")
    c.year(r"已结转至(\d{4})年", lambda y: y > Y, "carry-over year")
    c.year(r"截至(\d{4})年6月10日", lambda y: y == Y, "stock date")
    c.year(r"(\d{4})年下达储备任务", lambda y: y == Y, "task year")
    c.year(r"(\d{4})年上半年受新冠肺炎疫情影响", lambda y: y == Y, "note year")
    c.year(r"\n(\d{4})年3月\s*$", lambda y: y in (Y, Y + 1), "report date")
    # budget
    init, prov, city = P(c, r"项目年初预算" + NUM + r"(万元|元)，其中省级财政资金" + NUM + r"(万元|元)、市级财政资金" + NUM + r"(万元|元)",
                         1, 3, 5, units=[("u", 2), ("u", 4), ("u", 6)])
    c.rel("sum_mismatch", init, [prov, city], sumf, "年初预算 = 省级 + 市级")
    c.same(init, f.get("资金合计", "年初"), "年初预算 text vs table")
    c.same(prov, f.get("省级财政资金", "年初"), "省级 text vs table")
    c.same(city, f.get("市级财政资金", "年初"), "市级 text vs table")
    add = P(c, r"追加储备库防潮改造资金" + NUM + r"(万元|元)", 1, units=[("u", 2)])
    annual = P(c, r"调整后全年预算为" + NUM + r"(万元|元)", 1, units=[("u", 2)])
    c.rel("sum_mismatch", annual, [init, add], sumf, "全年预算 = 年初 + 追加")
    c.same(annual, f.get("资金合计", "全年预算"), "全年预算 text vs table")
    c.rel("sum_mismatch", add, [f.get("市级财政资金", "全年预算"), f.get("市级财政资金", "年初")],
          lambda v: v[0] - v[1], "追加 = 市级 全年 − 年初")
    spent, sub, chk, fix = P(c, r"全年实际支出" + NUM + r"(万元|元)，其中储备贴息" + NUM + r"(万元|元)、储备化肥质量抽检费" + NUM +
                             r"(万元|元)、储备库防潮改造款" + NUM + r"(万元|元)", 1, 3, 5, 7,
                             units=[("u", 2), ("u", 4), ("u", 6), ("u", 8)])
    c.same(spent, f.get("资金合计", "执行数"), "全年支出 text vs table")
    c.rel("sum_mismatch", spent, [sub, chk, fix], sumf, "支出 = 贴息 + 抽检 + 改造")
    bal = P(c, r"未支付的" + NUM + r"(万元|元)", 1, units=[("u", 2)])
    c.rel("balance_mismatch", bal, [annual, spent], lambda v: v[0] - v[1], "结转 = 全年预算 − 支出")
    # reserve quantities
    task, urea, npk = P(c, r"下达储备任务" + NUM + r"万吨，其中尿素" + NUM + r"万吨、复合肥" + NUM + r"万吨", 1, 2, 3,
                        units=["万吨"] * 3)
    c.rel("sum_mismatch", task, [urea, npk], sumf, "任务 = 尿素 + 复合肥")
    stored, compl, urea2, npk2 = P(c, r"共计" + NUM + r"万吨，完成任务的" + NUM + r"%，其中尿素" + NUM + r"万吨、复合肥" + NUM + r"万吨",
                                   1, 2, 3, 4, units=["万吨", "", "万吨", "万吨"])
    c.rel("sum_mismatch", stored, [urea2, npk2], sumf, "入库 = 尿素 + 复合肥")
    c.pct("completion_mismatch", compl, stored.base, task.base, "储备任务完成率")
    a, b, d3 = P(c, r"分别储备" + NUM + r"吨、" + NUM + r"吨和" + NUM + r"吨", 1, 2, 3, units=["吨"] * 3)
    c.rel("sum_mismatch", stored, [a, b, d3], sumf, "入库 = 三家之和")
    avg = P(c, r"平均每家" + NUM + r"吨", 1, units=["吨"])
    c.rel("average_mismatch", avg, [a, b, d3], lambda v: sum(v, D(0)) / 3, "平均每家")
    over = P(c, r"超出任务的" + NUM + r"吨", 1, units=["吨"])
    c.rel("sum_mismatch", over, [stored, task], lambda v: v[0] - v[1], "超储量")
    std0 = P(c, r"今年省里将标准调整为每吨每月" + NUM + r"(万元|元)", 1, units=[("u", 2)])
    std, months, per_t, tot = P(c, r"每吨每月" + NUM + r"(万元|元)、储备" + NUM + r"个月计算，每吨" + NUM + r"(万元|元)，合计" + NUM +
                                r"(万元|元)", 1, 3, 4, 6, units=[("u", 2), "", ("u", 5), ("u", 7)])
    c.same(std0, std, "贴息标准 stated twice")
    c.rel("sum_mismatch", per_t, [std, months], lambda v: v[0] * v[1], "每吨贴息 = 标准 × 月数")
    c.rel("sum_mismatch", tot, [task, per_t], lambda v: v[0] * v[1], "贴息 = 任务量 × 每吨贴息")
    c.same(tot, sub, "贴息 stated twice")
    c.same(per_t, ind.actual("每吨储备贴息标准"), "每吨贴息 text vs table")
    c.same(stored, ind.actual("化肥淡季储备量"), "储备量 text vs table")
    c.same(task, ind.target("化肥淡季储备量"), "储备任务 text vs table")
    c.same(P(c, r"完成" + NUM + r"万吨化肥淡季储备", 1, units=["万吨"]), task, "goal vs task")
    c.same(P(c, r"种植户满意度不低于" + NUM + "%", 1), ind.target("种植户满意度"), "goal vs table target")
    c.same(P(c, r"在" + NUM + r"%的控制目标以内", 1), ind.target("零售价格涨幅"), "price target text vs table")
    c.same(P(c, r"按“" + NUM + r"×执行率”计分", 1), ind.weight("预算执行率"), "execution formula weight",
           code="weight_sum_mismatch")
    # benefits and satisfaction
    p0, p1, rise = P(c, r"由每吨" + NUM + r"元涨到" + NUM + r"元，涨幅" + NUM + r"%", 1, 2, 3)
    c.pct("rate_mismatch", rise, p1.base - p0.base, p0.base, "价格涨幅")
    c.same(rise, ind.actual("零售价格涨幅"), "涨幅 text vs table")
    rel_q, rel_r = P(c, r"累计投放" + NUM + r"万吨，投放率" + NUM + r"%", 1, 2, units=["万吨", ""])
    c.pct("rate_mismatch", rel_r, rel_q.base, stored.base, "投放率")
    c.same(rel_r, ind.actual("投放率"), "投放率 text vs table")
    gap, tgt = P(c, r"比" + NUM + r"%的目标低" + NUM + r"个百分点", 2, 1)
    c.same(tgt, ind.target("投放率"), "投放率 target text vs table")
    c.rel("rate_mismatch", gap, [tgt, rel_r], lambda v: v[0] - v[1], "投放率差距")
    n, ok, sat = P(c, r"问卷" + NUM + r"份，表示满意的" + NUM + r"份，满意度" + NUM + r"%", 1, 2, 3)
    c.pct("rate_mismatch", sat, ok.base, n.base, "满意度")
    c.same(sat, ind.actual("种植户满意度"), "满意度 text vs table")
    c.bounded()
    # execution row and scores
    c.pct("rate_mismatch", ind.actual("预算执行率"), f.get("资金合计", "执行数").base,
          f.get("资金合计", "全年预算").base, "indicator 预算执行率")
    ew = P(c, r"预算执行率指标占" + NUM + r"分", 1)
    c.same(ew, ind.weight("预算执行率"), "execution weight text vs table", code="weight_sum_mismatch")
    rest = P(c, r"其余" + NUM + r"分分配给", 1)
    c.rel("weight_sum_mismatch", rest, [], lambda v: sum(Num(ind.cell(r, "w")).v for r in ind.rows
                                                          if r["l1"] != "预算执行"), "non-execution weights")
    ind.check()
    total = P(c, r"综合得分" + NUM + r"分", 1)
    c.rel("score_sum_mismatch", total, [], lambda v: ind.sum_s, "text total vs Σ scores")
    ded = P(c, r"共扣" + NUM + r"分", 1)
    c.rel("score_sum_mismatch", ded, [total], lambda v: 100 - v[0], "扣分 = 100 − 总分")
    g = c.m(r"评价等级为" + GRADE_RE).group(1)
    c.grade(g, total, "text grade")


def check_wannian(c):
    Y = c.Y
    f = Funds(c); f.check()
    ind = Indicators(c)
    c.year(r"(\d{4})年度基层供销社恢复重建及村级", lambda y: y == Y, "title year")
    c.year(r"列入(\d{4})年度民生实事", lambda y: y == Y, "plan year")
    c.year(r"(\d{4})年我县已恢复重建", lambda y: y == Y - 1, "last year's output")
    c.year(r"(\d{4})年计划恢复重建", lambda y: y == Y, "plan year")
    c.year(r"截至(\d{4})年12月31日", lambda y: y == Y, "year-end figures")
    c.year(r"由(\d{4})年的[\d.]+亿元增加到", lambda y: y == Y - 1, "growth base year")
    c.year(r"\n(\d{4})年2月26日", lambda y: y in (Y, Y + 1), "report date")
    reb = P(c, r"两个基层供销社，每个补助" + NUM + r"(万元|元)", 1, units=[("u", 2)])
    upg = P(c, r"三个基层社的经营门店和仓储设施，每个补助" + NUM + r"(万元|元)", 1, units=[("u", 2)])
    vn, ve, vy = P(c, r"新建村级综合服务社" + NUM + r"个，每个补助" + NUM + r"(万元|元)（即" + NUM + r"(元|万元)）", 1, 2, 4,
                   units=["", ("u", 3), ("u", 5)])
    plan = P(c, r"三项合计" + NUM + r"(万元|元)", 1, units=[("u", 2)])
    c.same(ve, vy, "单个服务社补助 stated twice")
    c.rel("sum_mismatch", plan, [reb, upg, vn, ve], lambda v: 2 * v[0] + 3 * v[1] + v[2] * v[3], "三项合计")
    bud, prov, cty = P(c, r"项目全年预算" + NUM + r"(万元|元)，其中省级补助资金" + NUM + r"(万元|元)、县级配套资金" + NUM + r"(万元|元)",
                       1, 3, 5, units=[("u", 2), ("u", 4), ("u", 6)])
    c.rel("sum_mismatch", bud, [prov, cty], sumf, "全年预算 = 省级 + 县级")
    c.same(bud, plan, "全年预算 vs 三项合计")
    c.same(bud, f.get("资金合计", "全年预算"), "全年预算 text vs table")
    c.same(f.get("基层社恢复重建", "全年预算"), Num(str(2 * reb.base), "元"), "恢复重建预算 vs 2 × 补助")
    spent, rate = P(c, r"全年支出" + NUM + r"(万元|元)，预算执行率" + NUM + r"%", 1, 3, units=[("u", 2), ""])
    c.same(spent, f.get("资金合计", "执行数"), "全年支出 text vs table")
    c.pct("rate_mismatch", rate, spent.base, bud.base, "预算执行率")
    x1, x2, x3, avg = P(c, r"分别支出" + NUM + r"(万元|元)、" + NUM + r"(万元|元)和" + NUM + r"(万元|元)，平均每个" + NUM + r"(万元|元)",
                        1, 3, 5, 7, units=[("u", 2), ("u", 4), ("u", 6), ("u", 8)])
    c.rel("sum_mismatch", f.get("基层社改造提升", "执行数"), [x1, x2, x3], sumf, "改造提升支出 = 三社之和")
    c.rel("average_mismatch", avg, [x1, x2, x3], lambda v: sum(v, D(0)) / 3, "改造提升平均")
    bal = P(c, r"结余的" + NUM + r"(万元|元)已按规定交回", 1, units=[("u", 2)])
    c.rel("balance_mismatch", bal, [bud, spent], lambda v: v[0] - v[1], "结余 = 预算 − 支出")
    c.same(bal, f.get("资金合计", "结余"), "结余 text vs table")
    built, subn, subt = P(c, r"全年共建成村级综合服务社" + NUM + r"个，其中计划内" + NUM + r"个享受补助，合计" + NUM + r"(万元|元)",
                          1, 2, 3, units=["", "", ("u", 4)])
    c.rel("sum_mismatch", subt, [subn, ve], lambda v: v[0] * v[1], "村级补助 = 个数 × 标准")
    c.same(subt, f.get("村级综合服务社建设", "执行数"), "村级补助 text vs table")
    c.same(built, ind.actual("新建村级综合服务社数量"), "村级服务社个数 text vs table")
    c.same(subn, vn, "计划内个数")
    np_, ok_, ontime = P(c, r"(\d+)个计划建设项目中(\d+)个按期完工，按期完工率" + NUM + "%", 1, 2, 3)
    c.same(P(c, r"按期完工率" + NUM + r"%，未达到" + NUM + "%的目标", 2), ind.target("按期完工率"), "完工率 target")
    gq = c.m(r"恢复重建基层社" + NUM + r"个、改造提升基层社" + NUM + r"个、新建村级综合服务社不少于" + NUM + r"个")
    c.same(Num(gq.group(1)), ind.target("恢复重建基层社数量"), "goal 恢复重建")
    c.same(Num(gq.group(2)), ind.target("改造提升基层社数量"), "goal 改造提升")
    c.same(Num(gq.group(3)), ind.target("新建村级综合服务社数量"), "goal 村级")
    c.same(Num(gq.group(3)), vn, "goal vs plan 村级")
    c.same(P(c, r"按期完工率不低于" + NUM + "%", 1), ind.target("按期完工率"), "goal 完工率")
    c.same(P(c, r"经营服务额增长" + NUM + "%以上", 1), ind.target("增长率"), "goal 增长率")
    c.same(P(c, r"行政村覆盖率达到" + NUM + "%以上", 1), ind.target("行政村覆盖率"), "goal 覆盖率")
    c.same(P(c, r"满意度不低于" + NUM + "%", 1), ind.target("满意度"), "goal 满意度")
    c.same(ve, ind.target("单个补助标准"), "补助标准 text vs table target")
    c.rel("sum_mismatch", P(c, r"实地查看了全部" + NUM + r"个基层社", 1), [], lambda v: D(2 + 3), "基层社个数")
    c.rel("sum_mismatch", np_, [vn], lambda v: 2 + 3 + v[0], "计划项目数")
    c.pct("rate_mismatch", ontime, ok_.base, np_.base, "按期完工率")
    c.same(ontime, ind.actual("按期完工率"), "按期完工率 text vs table")
    g0, g1, gr = P(c, r"由\d{4}年的" + NUM + r"(亿元)增加到" + NUM + r"(亿元)，增长" + NUM + "%", 1, 3, 5,
                   units=[("u", 2), ("u", 4), ""])
    c.pct("rate_mismatch", gr, g1.base - g0.base, g0.base, "经营服务额增长率")
    c.same(gr, ind.actual("增长率"), "增长率 text vs table")
    vill, cov = P(c, r"全县" + NUM + r"个行政村中已有" + NUM + r"个建成", 1, 2)
    c.pct("rate_mismatch", ind.actual("行政村覆盖率"), cov.base, vill.base, "行政村覆盖率")
    sn, sr, so, sat = P(c, r"发放问卷" + NUM + r"份，回收" + NUM + r"份，满意" + NUM + r"份，满意度为" + NUM + "%", 1, 2, 3, 4)
    c.pct("rate_mismatch", sat, so.base, sr.base, "满意度")
    c.same(sat, ind.actual("满意度"), "满意度 text vs table")
    c.bounded()
    c.pct("rate_mismatch", ind.actual("预算执行率"), f.get("资金合计", "执行数").base,
          f.get("资金合计", "全年预算").base, "indicator 预算执行率")
    ind.check()
    total = P(c, r"自评得分" + NUM + r"分", 1)
    c.rel("score_sum_mismatch", total, [], lambda v: ind.sum_s, "text total vs Σ scores")
    g = c.m(r"评价等级为" + GRADE_RE).group(1)
    c.grade(g, total, "text grade")


def check_wuwei(c):
    Y = c.Y
    f = Funds(c); f.check()
    ind = Indicators(c)
    c.year(r"(\d{4})年度部门整体支出绩效自评报告", lambda y: y == Y, "title year")
    c.year(r"关于开展(\d{4})年度部门整体支出", lambda y: y == Y, "notice year")
    c.year(r"(\d{4})年部门年初预算", lambda y: y == Y, "budget year")
    c.year(r"均已结转至(\d{4})年", lambda y: y > Y, "carry-over year")
    c.year(r"(\d{4})年部门整体绩效目标", lambda y: y == Y, "goal year")
    c.year(r"(\d{4})年市级化肥储备规模", lambda y: y == Y, "reserve year")
    c.year(r"(\d{4})年度部门整体支出绩效自评得分", lambda y: y == Y, "conclusion year")
    c.year(r"报送市财政局的(\d{4})年度部门决算", lambda y: y == Y, "final accounts year")
    c.year(r"\n(\d{4})年4月\s*$", lambda y: y in (Y, Y + 1), "report date")
    init, annual, spent, rate = P(c, r"年初预算" + NUM + r"(万元|元)，调整后全年预算" + NUM + r"(万元|元)，全年支出" + NUM +
                                  r"(万元|元)，预算执行率" + NUM + "%", 1, 3, 5, 7,
                                  units=[("u", 2), ("u", 4), ("u", 6), ""])
    c.same(init, f.get("资金合计", "年初"), "年初 text vs table")
    c.same(annual, f.get("资金合计", "全年预算"), "全年 text vs table")
    c.same(spent, f.get("资金合计", "执行数"), "支出 text vs table")
    c.pct("rate_mismatch", rate, spent.base, annual.base, "预算执行率")
    c.pct("rate_mismatch", ind.actual("预算执行率"), spent.base, annual.base, "indicator 预算执行率")
    c.pct("rate_mismatch", P(c, r"执行率" + NUM + r"%，较上年提高", 1), spent.base, annual.base, "预算执行率 (四)")
    c.same(P(c, r"村级综合服务社不少于" + NUM + r"个", 1), ind.target("村级综合服务社建设数量"), "goal 服务社")
    c.same(P(c, r"完成市级化肥储备" + NUM + r"吨", 1, units=["吨"]), ind.target("市级化肥储备规模"), "goal 储备")
    c.same(P(c, r"销售总额达到" + NUM + r"(亿元)以上", 1, units=[("u", 2)]), ind.target("销售总额"), "goal 销售")
    c.same(P(c, r"满意度达到" + NUM + r"%以上", 1), ind.target("服务对象满意度"), "goal 满意度")
    c.same(P(c, r"服务对象满意度未达到" + NUM + r"%的目标", 1), ind.target("服务对象满意度"), "problem text target")
    basic = P(c, r"基本支出" + NUM + r"(万元|元)，主要用于", 1, units=[("u", 2)])
    c.same(basic, f.get("基本支出", "全年预算"), "基本支出 text vs table")
    c.same(basic, f.get("基本支出", "执行数"), "基本支出 全部执行")
    proj = P(c, r"项目支出" + NUM + r"(万元|元)，包括", 1, units=[("u", 2)])
    prows = ["基层供销社网点建设补助", "市级化肥储备贴息", "为农服务中心运营补助"]
    c.rel("sum_mismatch", proj, [f.get(k, "全年预算") for k in prows], sumf, "项目支出 = 三个项目")
    c.rel("sum_mismatch", annual, [basic, proj], sumf, "全年 = 基本 + 项目")
    pspent = P(c, r"项目支出执行" + NUM + r"(万元|元)", 1, units=[("u", 2)])
    c.rel("sum_mismatch", pspent, [f.get(k, "执行数") for k in prows], sumf, "项目支出执行")
    un, un1, un2 = P(c, r"未支出的" + NUM + r"(万元|元)中，网点建设补助" + NUM + r"(万元|元)、为农服务中心运营补助" + NUM + r"(万元|元)",
                     1, 3, 5, units=[("u", 2), ("u", 4), ("u", 6)])
    c.rel("balance_mismatch", un, [annual, spent], lambda v: v[0] - v[1], "未支出 = 全年 − 支出")
    c.rel("sum_mismatch", un, [un1, un2], sumf, "未支出 = 两项之和")
    c.rel("balance_mismatch", un1, [f.get(prows[0], "全年预算"), f.get(prows[0], "执行数")], lambda v: v[0] - v[1], "网点未支出")
    c.rel("balance_mismatch", un2, [f.get(prows[2], "全年预算"), f.get(prows[2], "执行数")], lambda v: v[0] - v[1], "中心未支出")
    n, std, n1, n2, each2, sp, avg = P(c, r"村级综合服务社" + NUM + r"个，按每个" + NUM + r"(万元|元)的标准补助，其中" + NUM + r"个足额拨付，" +
                                       NUM + r"个按审定结算价各拨付" + NUM + r"(万元|元)，共支出" + NUM + r"(万元|元)，单个服务社平均补助" + NUM +
                                       r"(元|万元)", 1, 2, 4, 5, 6, 8, 10,
                                       units=["", ("u", 3), "", "", ("u", 7), ("u", 9), ("u", 11)])
    c.rel("sum_mismatch", n, [n1, n2], sumf, "服务社个数")
    c.rel("sum_mismatch", sp, [n1, std, n2, each2], lambda v: v[0] * v[1] + v[2] * v[3], "网点支出")
    c.same(sp, f.get(prows[0], "执行数"), "网点支出 text vs table")
    c.rel("sum_mismatch", f.get(prows[0], "全年预算"), [n, std], lambda v: v[0] * v[1], "网点预算 = 个数 × 标准")
    c.rel("average_mismatch", avg, [sp, n], lambda v: v[0] / v[1], "单个服务社平均补助")
    c.same(avg, ind.actual("单个服务社平均补助"), "平均补助 text vs table")
    c.same(n, ind.actual("村级综合服务社建设数量"), "服务社个数 text vs table")
    last, size, mon, std_r, per_t, sub = P(c, r"由上年的" + NUM + r"吨扩大到" + NUM + r"吨，储备期" + NUM + r"个月，按每吨每月" + NUM +
                                           r"(元|万元)给予贴息，每吨" + NUM + r"(元|万元)，全年贴息" + NUM + r"(万元|元)",
                                           1, 2, 3, 4, 6, 8, units=["吨", "吨", "", ("u", 5), ("u", 7), ("u", 9)])
    c.rel("sum_mismatch", per_t, [std_r, mon], lambda v: v[0] * v[1], "每吨贴息")
    c.rel("sum_mismatch", sub, [size, per_t], lambda v: v[0] * v[1], "贴息 = 规模 × 每吨")
    c.same(sub, f.get(prows[1], "执行数"), "贴息 text vs table")
    c.same(size, ind.actual("市级化肥储备规模"), "储备规模 text vs table")
    ci, ca, cper, cn, ceach, ctot = P(c, r"年初安排" + NUM + r"(万元|元)，年中追加" + NUM + r"(万元|元)，按每个中心" + NUM +
                                      r"(万元|元)安排；年终考核后对" + NUM + r"个为农服务中心各拨付" + NUM + r"(万元|元)，合计" + NUM + r"(万元|元)",
                                      1, 3, 5, 7, 8, 10, units=[("u", 2), ("u", 4), ("u", 6), "", ("u", 9), ("u", 11)])
    c.same(ci, f.get(prows[2], "年初"), "中心年初 text vs table")
    c.rel("sum_mismatch", f.get(prows[2], "全年预算"), [ci, ca], sumf, "中心全年 = 年初 + 追加")
    c.rel("sum_mismatch", f.get(prows[2], "全年预算"), [cper, cn], lambda v: v[0] * v[1], "中心全年 = 个数 × 标准")
    c.rel("sum_mismatch", ctot, [ceach, cn], lambda v: v[0] * v[1], "中心拨付")
    c.same(ctot, f.get(prows[2], "执行数"), "中心支出 text vs table")
    s1, s2, s3, savg = P(c, r"自评得分分别为" + NUM + r"分、" + NUM + r"分和" + NUM + r"分，三个项目平均" + NUM + r"分", 1, 2, 3, 4)
    c.rel("average_mismatch", savg, [s1, s2, s3], lambda v: sum(v, D(0)) / 3, "项目平均分")
    for sc in (s1, s2, s3):
        if sc.v > 100:
            c.fail("score_exceeds_weight", f"project score {sc} > 100")
    sales = P(c, r"销售总额" + NUM + r"(亿元)，比上年", 1, units=[("u", 2)])
    c.same(sales, ind.actual("销售总额"), "销售总额 text vs table")
    c.bounded()
    ind.check()
    total, g = P(c, r"绩效自评得分" + NUM + r"分，等级为", 1), c.m(r"绩效自评得分[\d.]+分，等级为" + GRADE_RE).group(1)
    c.rel("score_sum_mismatch", total, [], lambda v: ind.sum_s, "text total vs Σ scores")
    c.same(total, ind.total_score(), "total text vs table", code="score_sum_mismatch")
    c.grade(g, total, "text grade")


def check_shenqiu(c):
    Y = c.Y
    f = Funds(c); f.check()
    ind = Indicators(c)
    c.year(r"关于(\d{4})年度县级化肥农药储备", lambda y: y == Y, "title year")
    c.year(r"关于开展(\d{4})年度项目支出", lambda y: y == Y, "notice year")
    c.year(r"(\d{4})年县级化肥储备为", lambda y: y == Y - 1, "last year's reserve")
    c.year(r"(\d{4})年下达储备任务", lambda y: y == Y, "task year")
    c.year(r"储备期(\d{4})年\d+月1日至", lambda y: y == Y, "storage periods")
    for mt in c.ms(r"县财政于(\d{4})年(\d+)月下达"):
        y, mo = int(mt.group(1)), int(mt.group(2))
        if not (y == Y or (y == Y - 1 and mo == 12)):
            c.fail("year_mismatch", f"funds issued {mt.group(0)} for the {Y} budget")
    if not c.ms(r"县财政于(\d{4})年(\d+)月下达"):
        raise ExtractError("issue date not found")
    c.year(r"为(\d{4})年度储备管理经费结余", lambda y: y < Y, "incoming carry-over")
    c.year(r"已结转至(\d{4})年", lambda y: y > Y, "carry-over year")
    c.year(r"对(\d{4})年度储备资金进行了专项审计", lambda y: y < Y, "audit year")
    c.year(r"于(\d{4})年1月集中开展", lambda y: y in (Y, Y + 1), "self-evaluation date")
    c.year(r"(\d{4})年11月，我社对", lambda y: y == Y, "survey date")
    c.year(r"\n(\d{4})年2月15日", lambda y: y in (Y, Y + 1), "report date")
    sp_t, sp_m = P(c, r"春季化肥" + NUM + r"万吨，储备期\d{4}年1月1日至4月30日，共" + NUM + r"个月", 1, 2, units=["万吨", ""])
    au_t, au_m = P(c, r"秋季化肥" + NUM + r"万吨，储备期\d{4}年8月1日至10月31日，共" + NUM + r"个月", 1, 2, units=["万吨", ""])
    pe_t, pe_m = P(c, r"农药" + NUM + r"吨，储备期\d{4}年5月1日至7月31日，共" + NUM + r"个月", 1, 2, units=["吨", ""])
    fr, pr = P(c, r"化肥按每吨每月" + NUM + r"(元|万元)、农药按每吨每月" + NUM + r"(元|万元)", 1, 3, units=[("u", 2), ("u", 4)])
    per = P(c, r"平均分担春季任务，每家" + NUM + r"吨", 1, units=["吨"])
    c.rel("average_mismatch", per, [sp_t], lambda v: v[0] / 5, "每家承储")
    bud, cty = P(c, r"本项目全年预算" + NUM + r"(万元|元)，其中当年县级财政拨款" + NUM + r"(万元|元)", 1, 3, units=[("u", 2), ("u", 4)])
    carry = P(c, r"上年结转资金" + NUM + r"(万元|元)，为", 1, units=[("u", 2)])
    c.rel("sum_mismatch", bud, [cty, carry], sumf, "全年预算 = 当年拨款 + 上年结转")
    c.same(bud, f.get("资金合计", "全年预算"), "全年预算 text vs table")
    c.same(cty, f.get("当年县级财政拨款", "全年预算"), "县级拨款 text vs table")
    c.same(carry, f.get("上年结转资金", "全年预算"), "上年结转 text vs table")
    subb, mgb = P(c, r"按任务测算，贴息资金" + NUM + r"(万元|元)，储备管理及质量抽检经费" + NUM + r"(万元|元)", 1, 3,
                  units=[("u", 2), ("u", 4)])
    c.rel("sum_mismatch", bud, [subb, mgb], sumf, "预算 = 贴息 + 管理")
    c.rel("sum_mismatch", subb, [sp_t, sp_m, au_t, au_m, pe_t, pe_m, fr, pr],
          lambda v: v[0] * v[1] * v[6] + v[2] * v[3] * v[6] + v[4] * v[5] * v[7], "贴息测算")
    spent, rate = P(c, r"全年支出" + NUM + r"(万元|元)，预算执行率" + NUM + "%", 1, 3, units=[("u", 2), ""])
    c.same(spent, f.get("资金合计", "执行数"), "全年支出 text vs table")
    c.pct("rate_mismatch", rate, spent.base, bud.base, "预算执行率")
    c.pct("rate_mismatch", ind.actual("预算执行率"), spent.base, bud.base, "indicator 预算执行率")
    crate = P(c, r"其中当年县级拨款执行率" + NUM + "%", 1)
    c.pct("rate_mismatch", crate, f.get("当年县级财政拨款", "执行数").base, f.get("当年县级财政拨款", "全年预算").base,
          "县级拨款执行率")
    c.m(r"上年结转资金全部使用")
    c.same(f.get("上年结转资金", "执行数"), f.get("上年结转资金", "全年预算"), "上年结转全部使用", code="balance_mismatch")
    paid, mg = P(c, r"实际支付贴息" + NUM + r"(元|万元)，储备管理及质量抽检费" + NUM + r"(元|万元)", 1, 3, units=[("u", 2), ("u", 4)])
    c.rel("sum_mismatch", spent, [paid, mg], sumf, "支出 = 贴息 + 管理")
    bal = P(c, r"结余" + NUM + r"(万元|元)，主要是", 1, units=[("u", 2)])
    c.rel("balance_mismatch", bal, [bud, spent], lambda v: v[0] - v[1], "结余 = 预算 − 支出")
    sp_a, over = P(c, r"春季实际储备化肥" + NUM + r"万吨，超过任务量" + NUM + r"吨", 1, 2, units=["万吨", "吨"])
    c.rel("sum_mismatch", over, [sp_a, sp_t], lambda v: v[0] - v[1], "春季超储")
    c.same(sp_a, ind.actual("春季化肥储备量"), "春季储备 text vs table")
    c.same(sp_t, ind.target("春季化肥储备量"), "春季任务 text vs table")
    c.same(au_t, ind.target("秋季化肥储备量"), "秋季任务 text vs table")
    c.same(pe_t, ind.target("农药储备量"), "农药任务 text vs table")
    ft = ind.find("化肥储备贴息标准")
    c.same(fr, Num(re.search(NUM, ind.cell(ft, "target")).group(1), "元"), "贴息标准 target")
    c.same(fr, Num(re.search(NUM, ind.cell(ft, "actual")).group(1), "元"), "贴息标准 actual")
    au_a, au_c = P(c, r"实际储备" + NUM + r"万吨，完成任务的" + NUM + "%", 1, 2, units=["万吨", ""])
    c.pct("completion_mismatch", au_c, au_a.base, au_t.base, "秋季完成率")
    c.same(au_a, ind.actual("秋季化肥储备量"), "秋季储备 text vs table")
    pe_a = P(c, r"农药实际储备" + NUM + r"吨", 1, units=["吨"])
    c.same(pe_a, ind.actual("农药储备量"), "农药储备 text vs table")
    s1, s2, s3, st = P(c, r"春季" + NUM + r"元，秋季" + NUM + r"元，农药" + NUM + r"元，合计" + NUM + r"元", 1, 2, 3, 4, units=["元"] * 4)
    c.rel("sum_mismatch", s1, [sp_t, sp_m, fr], lambda v: v[0] * v[1] * v[2], "春季贴息")
    c.rel("sum_mismatch", s2, [au_a, au_m, fr], lambda v: v[0] * v[1] * v[2], "秋季贴息")
    c.rel("sum_mismatch", s3, [pe_a, pe_m, pr], lambda v: v[0] * v[1] * v[2], "农药贴息")
    c.rel("sum_mismatch", st, [s1, s2, s3], sumf, "贴息合计")
    c.same(st, paid, "贴息 stated twice")
    bn, bo, br = P(c, r"共抽检化肥、农药" + NUM + r"批次，合格" + NUM + r"批次，合格率" + NUM + "%", 1, 2, 3)
    c.pct("rate_mismatch", br, bo.base, bn.base, "抽检合格率")
    c.same(br, ind.actual("抽检合格率"), "合格率 text vs table")
    sup = P(c, r"供应保障率达到" + NUM + "%", 1)
    c.same(sup, ind.actual("供应保障率"), "保障率 text vs table")
    p0, p1, rise, cap = P(c, r"由每吨" + NUM + r"元上涨到" + NUM + r"元，涨幅" + NUM + r"%，超过" + NUM + r"%的调控目标", 1, 2, 3, 4)
    c.pct("rate_mismatch", rise, p1.base - p0.base, p0.base, "价格涨幅")
    c.same(rise, ind.actual("价格涨幅"), "涨幅 text vs table")
    c.same(cap, ind.target("价格涨幅"), "调控目标 text vs table")
    sat = P(c, r"总体满意度" + NUM + "%", 1)
    c.same(sat, ind.actual("用肥农户满意度"), "满意度 text vs table")
    c.bounded()
    ind.check()
    total = P(c, r"本项目得分" + NUM + r"分", 1)
    c.rel("score_sum_mismatch", total, [], lambda v: ind.sum_s, "text total vs Σ scores")
    c.same(total, ind.total_score(), "total text vs table", code="score_sum_mismatch")
    g = c.m(r"评价等级为" + GRADE_RE).group(1)
    c.grade(g, total, "text grade")


def check_santai(c):
    Y = c.Y
    f = Funds(c); f.check()
    ind = Indicators(c)
    c.year(r"(\d{4})年度基层供销社网点建设项目", lambda y: y == Y, "title year")
    c.year(r"我县(\d{4})年实施", lambda y: y == Y, "implementation year")
    c.year(r"实施期为(\d{4})年1月至12月", lambda y: y == Y, "implementation period")
    c.year(r"省级补助[\d.]+万元于(\d{4})年12月提前下达", lambda y: y in (Y - 1, Y), "advance issue")
    c.year(r"于(\d{4})年3月和8月分两批到位", lambda y: y == Y, "arrival year")
    c.year(r"截至(\d{4})年12月31日", lambda y: y == Y, "year-end")
    c.year(r"已结转至(\d{4})年", lambda y: y > Y, "carry-over year")
    c.year(r"对(\d{4})年结转的资金", lambda y: y > Y, "carry-over year (suggestions)")
    c.year(r"\n(\d{4})年3月10日", lambda y: y in (Y, Y + 1), "report date")
    nreno = P(c, r"对" + NUM + r"个经营困难的基层供销社", 1)
    gm = c.m(r"建成乡镇为农服务中心" + NUM + r"个、改造提升基层社" + NUM + r"个、建成村级综合服务站不少于" + NUM + r"个")
    c.same(Num(gm.group(1)), ind.target("为农服务中心建设数量"), "goal 中心")
    c.same(Num(gm.group(2)), ind.target("改造提升数量"), "goal 改造")
    c.same(Num(gm.group(2)), nreno, "goal vs content 改造")
    c.same(Num(gm.group(3)), ind.target("村级综合服务站建设数量"), "goal 村级站")
    c.same(P(c, r"年内完工率不低于" + NUM + "%", 1), ind.target("完工率"), "goal 完工率")
    c.same(P(c, r"单站财政补助不超过" + NUM + r"(万元)", 1, units=[("u", 2)]), ind.target("单站财政补助"), "goal 单站")
    c.same(P(c, r"年销售额达到" + NUM + r"(万元)", 1, units=[("u", 2)]), ind.target("销售额"), "goal 销售额")
    c.same(P(c, r"新增服务覆盖行政村不少于" + NUM + "个", 1), ind.target("覆盖行政村"), "goal 覆盖村")
    c.same(P(c, r"服务对象满意度不低于" + NUM + "%", 1), ind.target("服务对象满意度"), "goal 满意度")
    nvil = P(c, r"建设村级综合服务站" + NUM + r"个。", 1)
    init, cen, ren, st, n0 = P(c, r"项目年初财政预算" + NUM + r"(万元|元)，其中为农服务中心每个补助" + NUM + r"(万元|元)、基层社改造每个补助" + NUM +
                               r"(万元|元)、村级综合服务站按每站" + NUM + r"(万元|元)补助" + NUM + r"个", 1, 3, 5, 7, 9,
                               units=[("u", 2), ("u", 4), ("u", 6), ("u", 8), ""])
    c.rel("sum_mismatch", init, [cen, nreno, ren, n0, st], lambda v: 2 * v[0] + v[1] * v[2] + v[3] * v[4], "年初财政预算")
    c.same(init, f.get("财政资金", "年初"), "年初财政 text vs table")
    add, n1, adj = P(c, r"县财政追加" + NUM + r"(万元|元)，用于新增村级综合服务站" + NUM + r"个，财政资金调整为" + NUM + r"(万元|元)",
                     1, 3, 4, units=[("u", 2), "", ("u", 5)])
    c.rel("sum_mismatch", adj, [init, add], sumf, "调整后 = 年初 + 追加")
    c.rel("sum_mismatch", add, [n1, st], lambda v: v[0] * v[1], "追加 = 新增站数 × 标准")
    c.rel("sum_mismatch", nvil, [n0, n1], sumf, "村级站总数")
    c.same(adj, f.get("财政资金", "全年预算"), "全年财政 text vs table")
    own = P(c, r"社有企业自筹资金" + NUM + r"(万元|元)", 1, units=[("u", 2)])
    c.same(own, f.get("其他资金", "全年预算"), "自筹 text vs table")
    fin, prov, cty = P(c, r"财政资金" + NUM + r"(万元|元)中，省级补助" + NUM + r"(万元|元)于\d{4}年12月提前下达，县级配套" + NUM + r"(万元|元)",
                       1, 3, 5, units=[("u", 2), ("u", 4), ("u", 6)])
    c.rel("sum_mismatch", fin, [prov, cty], sumf, "财政 = 省级 + 县级")
    c.same(fin, adj, "财政资金 stated twice")
    fsp, s1, s2, s3 = P(c, r"财政资金支出" + NUM + r"(万元|元)，其中为农服务中心" + NUM + r"(万元|元)、基层社改造" + NUM + r"(万元|元)、村级综合服务站" +
                        NUM + r"(万元|元)", 1, 3, 5, 7, units=[("u", 2), ("u", 4), ("u", 6), ("u", 8)])
    c.rel("sum_mismatch", fsp, [s1, s2, s3], sumf, "财政支出 = 三项")
    c.same(fsp, f.get("财政资金", "执行数"), "财政支出 text vs table")
    low = P(c, r"预算执行率低于" + NUM + "%", 1)
    if not f.rate() < low.v:
        c.fail("rate_mismatch", f"text says execution below {low}% but table gives {f.rate():.2f}%")
    unpaid = P(c, r"相应资金" + NUM + r"(万元|元)未支付", 1, units=[("u", 2)])
    c.rel("balance_mismatch", unpaid, [f.get("资金合计", "全年预算"), f.get("资金合计", "执行数")], lambda v: v[0] - v[1], "未支付")
    done = P(c, r"改造提升的基层社中完成" + NUM + r"个", 1)
    c.same(done, ind.actual("基层供销社改造提升数量"), "改造完成数 text vs table")
    c.rel("sum_mismatch", s2, [done, ren], lambda v: v[0] * v[1], "改造支出 = 个数 × 标准")
    c.rel("sum_mismatch", s1, [cen], lambda v: 2 * v[0], "中心财政支出")
    pl, bt, pd = P(c, r"(\d+)个村级综合服务站建成" + NUM + r"个，已拨付补助" + NUM + r"(万元|元)", 1, 2, 3, units=["", "", ("u", 4)])
    c.same(pl, nvil, "村级站计划数")
    c.rel("sum_mismatch", pd, [bt, st], lambda v: v[0] * v[1], "村级站补助 = 建成数 × 标准")
    c.same(pd, s3, "村级站补助 stated twice")
    c.same(bt, ind.actual("村级综合服务站建设数量"), "村级站建成数 text vs table")
    tn, td, tr = P(c, r"全年" + NUM + r"个建设任务完成" + NUM + r"个，年内完工率" + NUM + "%", 1, 2, 3)
    c.rel("sum_mismatch", tn, [nreno, nvil], lambda v: 2 + v[0] + v[1], "建设任务数")
    c.rel("sum_mismatch", td, [done, bt], lambda v: 2 + v[0] + v[1], "完成任务数")
    c.pct("rate_mismatch", tr, td.base, tn.base, "年内完工率")
    c.same(tr, ind.actual("完工率"), "完工率 text vs table")
    sa, stg = P(c, r"销售额" + NUM + r"(万元|元)，未达到" + NUM + r"(万元|元)的目标", 1, 3, units=[("u", 2), ("u", 4)])
    c.same(sa, ind.actual("销售额"), "销售额 text vs table")
    c.same(stg, ind.target("销售额"), "销售额目标 text vs table")
    bt2, vc = P(c, r"新建的" + NUM + r"个村级站辐射带动周边" + NUM + r"个行政村", 1, 2)
    c.same(bt2, bt, "村级站建成数 stated twice")
    c.same(vc, ind.actual("覆盖行政村"), "覆盖村数 text vs table")
    qn, qo, qs = P(c, r"问卷" + NUM + r"份，满意" + NUM + r"份，满意度" + NUM + "%", 1, 2, 3)
    c.pct("rate_mismatch", qs, qo.base, qn.base, "满意度")
    c.same(qs, ind.actual("服务对象满意度"), "满意度 text vs table")
    c.same(st, ind.actual("单站财政补助"), "单站补助 text vs table")
    ew, iw = P(c, r"按照预算执行率" + NUM + r"分、绩效指标" + NUM + r"分", 1, 2)
    ftw = Num(f.rows["资金合计"][f.col["分值"]])
    fts = Num(f.rows["资金合计"][f.col["得分"]])
    c.same(ew, ftw, "execution weight text vs table", code="weight_sum_mismatch")
    c.bounded()
    ind.check(extra_w=ftw, extra_s=fts)
    c.rel("weight_sum_mismatch", iw, [], lambda v: ind.sum_w - ftw.v, "indicator weights vs text")
    total = P(c, r"项目自评得分" + NUM + r"分", 1)
    c.rel("score_sum_mismatch", total, [], lambda v: ind.sum_s, "text total vs Σ scores")
    c.same(total, ind.total_score(), "total text vs table", code="score_sum_mismatch")
    g = c.m(r"评价结论为“" + GRADE_RE + "”").group(1)
    c.grade(g, total, "text grade")


SPECS = {
    "hb-jianli-huafeichubei-2020": (2020, check_jianli),
    "jx-wannian-jicengshe-2018": (2018, check_wannian),
    "ah-wuwei-gxsbumen-2023": (2023, check_wuwei),
    "ha-shenqiu-nongzichubei-2021": (2021, check_shenqiu),
    "sc-santai-wangdian-2024": (2024, check_santai),
}


def run(source, text):
    year, fn = SPECS[source]
    c = Ctx(text, year)
    fn(c)
    return c


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    labels = [json.loads(l) for l in (ROOT / "labels.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    code_count = {k: 0 for k in CODES}
    cleans = {}
    for rec in labels:
        if rec["clean"]:
            cleans[rec["source"]] = (CASES / rec["case"]).read_text(encoding="utf-8")
    if len(cleans) != 5:
        problems.append(f"expected 5 clean drafts, got {len(cleans)}")
    for rec in labels:
        text = (CASES / rec["case"]).read_text(encoding="utf-8")
        n = len(text)
        if not 2800 <= n <= 3400:
            problems.append(f"{rec['case']}: length {n} outside 2,800–3,400")
        try:
            c = run(rec["source"], text)
        except (ExtractError, ArithmeticError, KeyError, IndexError, AttributeError) as e:
            problems.append(f"{rec['case']}: extraction failed: {e}")
            continue
        failing = sorted({code for code, _ in c.errs})
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with labels")
            if failing:
                problems.append(f"{rec['case']}: clean draft fails {c.errs}")
            if c.warns:
                print(f"  note {rec['case']}: warnings {c.warns}")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{rec['case']}: expected exactly one label")
            continue
        lab = exp[0]
        if lab["code"] not in CODES or lab["severity"] != "error":
            problems.append(f"{rec['case']}: bad code/severity {lab}")
        code_count[lab["code"]] = code_count.get(lab["code"], 0) + 1
        val = lab["value"]
        cnt = text.count(val)
        if cnt != 1:
            problems.append(f"{rec['case']}: label value occurs {cnt} times")
            continue
        clean = cleans[rec["source"]]
        p, ea, eb = diff_region(clean, text)
        if p >= max(ea, eb) and clean == text:
            problems.append(f"{rec['case']}: identical to clean draft")
        vs = text.index(val)
        ve = vs + len(val)
        if not (vs < max(eb, p + 1) and p < ve):
            problems.append(f"{rec['case']}: label value [{vs},{ve}) does not overlap the edit [{p},{eb})")
        # the changed figure (the number the edit touches) must be unique in the clean draft,
        # except for conflicting_values (stated twice on purpose) and years
        m_old = None
        for mt in re.finditer(r"\d[\d,]*(?:\.\d+)?", clean):
            if mt.start() <= p < mt.end() or (p <= mt.start() < ea):
                m_old = mt.group(0)
                break
        if m_old and ("." in m_old or len(m_old.replace(",", "")) >= 3) and lab["code"] not in ("conflicting_values", "year_mismatch"):
            occ = len(re.findall(r"(?<![\d.,])" + re.escape(m_old) + r"(?![\d]|\.\d)", clean))
            if occ != 1:
                problems.append(f"{rec['case']}: changed figure {m_old} occurs {occ} times in the clean draft")
        if failing != [lab["code"]]:
            problems.append(f"{rec['case']}: expected [{lab['code']}] to fail, got {failing}: {c.errs}")
        else:
            extra = f" (warnings: {sorted({w for w, _ in c.warns})})" if c.warns else ""
            print(f"  {rec['case']}: {lab['code']} detected{extra}")
    for k in CODES:
        if code_count.get(k, 0) < 2:
            problems.append(f"code {k} used {code_count.get(k, 0)} times (< 2)")
    print("codes:", ", ".join(f"{k}={code_count[k]}" for k in CODES))
    if problems:
        print("FAILED")
        for pr in problems:
            print(" -", pr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
