#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. every label value occurs in its case; every error case differs from its clean draft in one
   contiguous place that overlaps an occurrence of the label value; every code is used >= 2 times;
2. the arithmetic of every draft is redone from the text (rules.md §5-§8, Decimal, tolerance from the
   stated decimals, 10^4 rescaling => unit_mismatch): a clean draft must pass every check, an error
   case must fail the checks of its labelled code and no check of any other error code.
Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
DASHES = {"—", "-", "－", "/", ""}
TENK = Decimal(10000)
EPS = Decimal("1e-9")
UNIT_FACTOR = {"元": Decimal(1) / TENK, "万元": Decimal(1), "亿元": TENK}


class ParseError(Exception):
    pass


def num(s):
    s = s.strip().replace(",", "").replace("，", "").rstrip("%")
    return Decimal(s)


def decimals(s):
    s = s.strip().replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return Decimal("0.5") * Decimal(10) ** (-decimals(s)) + EPS


def agrees(stated, computed, approx=False):
    """stated: string as written; computed: Decimal. approx (约/余/左右): +- half a unit of the last
    digit on the input side is already covered by the same half-unit band."""
    return abs(num(stated) - computed) <= tol(stated)


def r2(x):
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def is_blank(s):
    return s.strip() in DASHES


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


class Chk:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.fails = []
        self.warns = []

    # ---- extraction ----
    def one(self, pat, text=None):
        ms = list(re.finditer(pat, self.t if text is None else text))
        if len(ms) != 1:
            raise ParseError(f"{pat!r}: {len(ms)} matches")
        return ms[0]

    def all(self, pat, n, text=None):
        ms = list(re.finditer(pat, self.t if text is None else text))
        if len(ms) != n:
            raise ParseError(f"{pat!r}: {len(ms)} matches, expected {n}")
        return ms

    def fail(self, code, msg):
        self.fails.append((code, msg))

    def warn(self, msg):
        self.warns.append(msg)

    # ---- money helpers (value string, unit) -> 万元 ----
    @staticmethod
    def wan(v):
        s, unit = v
        return num(s) * UNIT_FACTOR[unit]

    @staticmethod
    def wtol(v):
        s, unit = v
        return tol(s) * UNIT_FACTOR[unit]

    def _rescue(self, values, test):
        """values: list of (str, unit); test(list_of_wan) -> bool. True if rescaling one value by 10^4
        (either way) makes the identity hold."""
        base = [self.wan(v) for v in values]
        for i in range(len(base)):
            for f in (TENK, Decimal(1) / TENK):
                trial = list(base)
                trial[i] = base[i] * f
                if test(trial):
                    return True
        return False

    # ---- identities ----
    def sum_(self, total, parts, what, code="sum_mismatch"):
        """total == sum(parts); money tuples (str, unit)."""
        vals = [total] + list(parts)
        t_tol = self.wtol(total)

        def ok(w):
            return abs(sum(w[1:]) - w[0]) <= t_tol

        if ok([self.wan(v) for v in vals]):
            return
        if self._rescue(vals, ok):
            self.fail("unit_mismatch", f"{what}: off by 10^4")
        else:
            self.fail(code, f"{what}: {total[0]} vs sum {sum(self.wan(p) for p in parts)}")

    def sumn(self, total, parts, what, code="sum_mismatch"):
        """plain numbers (counts, scores, percentages)."""
        s = sum(num(p) for p in parts)
        if not agrees(total, s):
            self.fail(code, f"{what}: stated {total}, computed {s}")

    def diff(self, stated, a, b, what, code):
        """stated == a - b (money tuples)."""
        c = self.wan(a) - self.wan(b)
        if abs(self.wan(stated) - c) > self.wtol(stated):
            if self._rescue([stated, a, b], lambda w: abs(w[0] - (w[1] - w[2])) <= self.wtol(stated)):
                self.fail("unit_mismatch", f"{what}: off by 10^4")
            else:
                self.fail(code, f"{what}: stated {stated[0]}, computed {c}")

    def diffn(self, stated, a, b, what, code="sum_mismatch"):
        c = num(a) - num(b)
        if not agrees(stated, c):
            self.fail(code, f"{what}: stated {stated}, computed {c}")

    def prod(self, count, per, amount, what, code="sum_mismatch"):
        """count * per == amount (per, amount money tuples)."""
        c = num(count) * self.wan(per)
        if abs(c - self.wan(amount)) > self.wtol(amount):
            if self._rescue([per, amount], lambda w: abs(num(count) * w[0] - w[1]) <= self.wtol(amount)):
                self.fail("unit_mismatch", f"{what}: off by 10^4")
            else:
                self.fail(code, f"{what}: {count} x {per[0]}{per[1]} != {amount[0]}{amount[1]}")

    def avg_money(self, stated, total, count, what, code="average_mismatch", approx=False):
        c = self.wan(total) / num(count)
        band = self.wtol(stated)
        if abs(self.wan(stated) - c) > band:
            if self._rescue([stated, total], lambda w: abs(w[0] - w[1] / num(count)) <= self.wtol(stated)):
                self.fail("unit_mismatch", f"{what}: off by 10^4")
            else:
                self.fail(code, f"{what}: stated {stated[0]}{stated[1]}, computed {c}")

    def avg(self, stated, items, what):
        c = sum(num(i) for i in items) / len(items)
        if not agrees(stated, c):
            self.fail("average_mismatch", f"{what}: stated {stated}, mean {c}")

    def same(self, a, b, what):
        """a, b: (str, unit) money tuples or (str, None) plain; same quantity stated twice."""
        if a[1] is None or b[1] is None:
            if abs(num(a[0]) - num(b[0])) > max(tol(a[0]), tol(b[0])):
                self.fail("conflicting_values", f"{what}: {a[0]} vs {b[0]}")
            return
        wa, wb = self.wan(a), self.wan(b)
        if abs(wa - wb) <= max(self.wtol(a), self.wtol(b)):
            return
        for f in (TENK, Decimal(1) / TENK):
            if abs(wa * f - wb) <= max(self.wtol(a) * f, self.wtol(b)):
                self.fail("unit_mismatch", f"{what}: {a} vs {b} off by 10^4")
                return
        self.fail("conflicting_values", f"{what}: {a} vs {b}")

    def rate(self, stated, n, d, what, code="rate_mismatch"):
        """stated rate string ('96.69%', '96.69', '—', '0'); n, d Decimal (万元 or counts)."""
        if d == 0:
            if is_blank(stated) or num(stated) == 0:
                return
            self.fail("implausible_rate", f"{what}: {stated} on a zero base")
            return
        if is_blank(stated):
            self.fail("rate_mismatch", f"{what}: rate missing")
            return
        c = n / d * 100
        if not agrees(stated, c):
            self.fail(code, f"{what}: stated {stated}, computed {c}")
        if num(stated) > 100 or num(stated) < 0:
            self.fail("implausible_rate", f"{what}: {stated} outside [0, 100]")

    def rate_approx(self, stated, n, d, what):
        """约 N%: input interval +- half a unit of the last digit."""
        c = n / d * 100
        if abs(num(stated) - c) > tol(stated):
            self.fail("rate_mismatch", f"{what}: 约{stated}% vs {c}")

    def pct_range(self, stated, what):
        if num(stated) > 100 or num(stated) < 0:
            self.fail("implausible_rate", f"{what}: {stated} outside [0, 100]")

    def completion(self, stated, target, actual, direction, what):
        t, a = num(target), num(actual)
        if direction == "lte":
            c = Decimal(100) if a <= t else t / a * 100
        else:
            c = a / t * 100
        if not agrees(stated, c):
            self.fail("completion_mismatch", f"{what}: stated {stated}, computed {c}")

    def year_eq(self, y, what):
        if int(y) != self.year:
            self.fail("year_mismatch", f"{what}: {y} != {self.year}")

    def year_prev(self, y, what):
        if int(y) != self.year - 1:
            self.fail("year_mismatch", f"{what}: {y} is not {self.year - 1}")

    def year_after(self, y, what):
        if int(y) <= self.year:
            self.fail("year_mismatch", f"{what}: carried over to {y}, evaluation year {self.year}")

    def grade(self, total, word, what):
        g = GRADE_WORDS[word]
        if g != grade_of(num(total)):
            self.fail("grade_mismatch", f"{what}: {total} -> {grade_of(num(total))}, stated {word}")

    def scores(self, rows, total_w, total_s, what):
        """rows: list of (name, weight str, score str)."""
        for name, w, s in rows:
            if num(s) > num(w) or num(s) < 0:
                self.fail("score_exceeds_weight", f"{what} {name}: score {s} > weight {w}")
        sw = sum(num(w) for _, w, _ in rows)
        if sw != num(total_w) or num(total_w) != 100:
            self.fail("weight_sum_mismatch", f"{what}: weights sum {sw}, stated {total_w}")
        ss = sum(num(s) for _, _, s in rows)
        if not agrees(total_s, ss):
            self.fail("score_sum_mismatch", f"{what}: scores sum {ss}, stated {total_s}")

    def block_weight(self, stated, weights, what):
        s = sum(num(w) for w in weights)
        if s != num(stated):
            self.fail("weight_sum_mismatch", f"{what}: block weights {s}, stated {stated}")

    # ---- warnings only (score rules, never asserted as errors) ----
    def rule_gte(self, w, s, target, actual, what):
        t, a, wv = num(target), num(actual), num(w)
        exp = wv if a >= t else wv * a / t
        if abs(num(s) - exp) > tol(s):
            self.warn(f"score_rule {what}: {s} vs {r2(exp)}")

    def rule_exec(self, w, s, rate_str, n, d, what):
        e1 = num(w) * min(n / d, Decimal(1))
        e2 = num(w) * min(num(rate_str) / 100, Decimal(1))
        if abs(num(s) - e1) > tol(s) and abs(num(s) - e2) > tol(s):
            self.warn(f"score_rule {what}: {s} vs {r2(e1)}")

    def unit_pair(self, target, actual, what):
        """type (a) unit check: unit of 实际完成值 must be the unit of 年度指标值."""
        def unit(s):
            s = s.strip()
            if "年" in s and "月" in s:
                return None  # a date
            m = re.match(r"^[≥≤＞＜=＝<>]*\s*[\d.,]+\s*(.*)$", s)
            return m.group(1) if m else None
        ut, ua = unit(target), unit(actual)
        if ut is None or ua is None:
            return
        if ut != ua:
            self.fail("unit_mismatch", f"{what}: target unit {ut!r}, actual unit {ua!r}")


def W(s):
    return (s, "万元")


# ============================================================== A: 播州区残联 2020
def check_bozhou(t):
    c = Chk(t, 2020)
    m = c.one(r"中央残疾人事业发展补助资金([\d.]+)万元、省级财政补助资金([\d.]+)万元、区级配套资金([\d.]+)万元，合计([\d.]+)万元")
    cen, prov, dist, tot = m.groups()
    c.sum_(W(tot), [W(cen), W(prov), W(dist)], "sources")
    m = c.one(r"中央资金于(\d{4})年12月提前下达")
    c.year_prev(m.group(1), "advance issue")
    init = c.one(r"年初预算数为([\d.]+)万元").group(1)
    c.sum_(W(init), [W(cen), W(dist)], "年初 = 中央 + 区级")
    annual = c.one(r"全年预算调整为([\d.]+)万元").group(1)
    c.same(W(annual), W(tot), "全年预算 vs 合计")
    # per-household standards
    rows = c.all(r"(肢体残疾|视力残疾|听力言语残疾|智力及精神残疾)家庭(\d+)户，每户(?:补助)?([\d,]+)(万元|元)，计([\d.]+)(万元|元)", 4)
    for r in rows:
        c.prod(r.group(2), (r.group(3), r.group(4)), (r.group(5), r.group(6)), r.group(1))
    m = c.one(r"四类合计(\d+)户、([\d.]+)万元")
    hh_total, amt_total = m.groups()
    c.sumn(hh_total, [r.group(2) for r in rows], "households by type")
    c.sum_(W(amt_total), [(r.group(5), r.group(6)) for r in rows], "amounts by type")
    # execution
    c.year_eq(c.one(r"截至(\d{4})年12月31日").group(1), "截至")
    m = c.one(r"资金全部到位，到位率(\d+%)")
    c.rate(m.group(1), num(annual), num(annual), "到位率")
    m = c.one(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+%)")
    spent, rate = m.groups()
    c.rate(rate, num(spent), num(annual), "执行率")
    c.same(W(spent), W(amt_total), "spent vs subsidy total")
    m = c.one(r"区级配套资金([\d.]+)万元中支出([\d.]+)万元，执行率([\d.]+%)")
    dist2, dist_spent, dist_rate = m.groups()
    c.same(W(dist2), W(dist), "区级配套")
    c.rate(dist_rate, num(dist_spent), num(dist2), "区级执行率")
    c.sum_(W(spent), [W(cen), W(prov), W(dist_spent)], "spent = 中央 + 省级 + 区级支出")
    bal = c.one(r"尚未支出的([\d.]+)万元").group(1)
    c.diff(W(bal), W(annual), W(spent), "结余 = 全年 - 执行", "balance_mismatch")
    c.diff(W(bal), W(dist2), W(dist_spent), "结余 = 区级 - 区级支出", "balance_mismatch")
    c.year_after(c.one(r"结转至(\d{4})年使用").group(1), "carry-over")
    # outputs
    target_hh = c.one(r"无障碍改造不少于(\d+)户").group(1)
    m = c.one(r"全年完成改造(\d+)户，完成率([\d.]+%)")
    done, comp = m.groups()
    c.completion(comp, target_hh, done, "gte", "改造户数")
    m = c.one(r"(\d{4})年全区完成同类改造(\d+)户，本年度改造户数增加(\d+)户")
    c.year_prev(m.group(1), "last year")
    c.diffn(m.group(3), done, m.group(2), "increase on last year")
    m = c.one(r"一次验收合格(\d+)户，一次验收合格率([\d.]+%)")
    ok1, ok_rate = m.groups()
    c.rate(ok_rate, num(ok1), num(done), "一次验收合格率")
    m = c.one(r"入户抽查(\d+)户，抽查比例约(\d+)%")
    c.rate_approx(m.group(2), num(m.group(1)), num(done), "抽查比例")
    visited = c.one(r"对(\d+)户逐户回访").group(1)
    c.same((visited, None), (done, None), "回访户数")
    m = c.one(r"设施正常使用的有(\d+)户，使用率([\d.]+%)")
    used, use_rate = m.groups()
    c.rate(use_rate, num(used), num(visited), "使用率")
    c.diffn(c.one(r"有(\d+)户设施未正常使用").group(1), visited, used, "未正常使用户数")
    m = c.one(r"收回有效问卷(\d+)份，表示满意和基本满意的(\d+)份，满意度([\d.]+%)")
    c.rate(m.group(3), num(m.group(2)), num(m.group(1)), "满意度")
    sat = m.group(3)
    m = c.one(r"本项目自评得分([\d.]+)分，评价等级为“(.)”")
    total_text, grade = m.groups()
    c.grade(total_text, grade, "text grade")
    c.year_eq(c.one(r"播州区残联(\d{4})年度").group(1), "title year")
    # table
    c.year_eq(c.one(r"（(\d{4})年度）").group(1), "table year")
    lines = t.split("\n")

    def row(label):
        hits = [ln.split("\t") for ln in lines if ln.startswith("\t" + label + "\t")]
        if len(hits) != 1:
            raise ParseError(label)
        return hits[0]

    fr = {k: row(k) for k in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    for k, r in fr.items():
        c.rate(r[6], num(r[4]), num(r[3]), f"table {k} 执行率")
    for i, col in ((2, "年初"), (3, "全年"), (4, "执行")):
        c.sum_(W(fr["年度资金总额"][i]), [W(fr[k][i]) for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")],
               f"table {col} column")
    c.same(W(fr["年度资金总额"][2]), W(init), "table 年初")
    c.same(W(fr["年度资金总额"][3]), W(annual), "table 全年")
    c.same(W(fr["年度资金总额"][4]), W(spent), "table 执行")
    c.same((fr["年度资金总额"][6], None), (rate, None), "table 执行率 vs text")
    ew, es = fr["年度资金总额"][5], fr["年度资金总额"][7]
    c.rule_exec(ew, es, fr["年度资金总额"][6], num(fr["年度资金总额"][4]), num(fr["年度资金总额"][3]), "execution")
    start = next(i for i, ln in enumerate(lines) if ln.startswith("绩效指标\t"))
    ind = []
    for ln in lines[start + 1:]:
        if ln.startswith("总分"):
            total_row = ln.split("\t")
            break
        cells = ln.split("\t")
        ind.append(cells)
    score_rows = [("execution", ew, es)] + [(r[3], r[6], r[7]) for r in ind]
    c.scores(score_rows, total_row[6], total_row[7], "自评表")
    c.same((total_row[7], None), (total_text, None), "total text vs table")
    byname = {r[3]: r for r in ind}
    for r in ind:
        c.unit_pair(r[4], r[5], r[3])
    r = byname["无障碍改造户数"]
    if r[5].endswith("户"):
        c.same((r[5].rstrip("户"), None), (done, None), "table households")
        c.rule_gte(r[6], r[7], r[4].lstrip("≥").rstrip("户"), r[5].rstrip("户"), "households")
    c.same((byname["一次验收合格率"][5], None), (ok_rate, None), "table 合格率")
    c.same((byname["改造设施正常使用率"][5], None), (use_rate, None), "table 使用率")
    c.same((byname["受助家庭满意度"][5], None), (sat, None), "table 满意度")
    c.pct_range(sat, "满意度")
    m = c.one(r"年中纳入返贫监测户(\d+)户")
    c.diffn(m.group(1), done, target_hh, "additional households")
    per = byname["肢体残疾家庭户均补助"]
    c.same((per[5].replace("元/户", ""), "元"), (rows[0].group(3), rows[0].group(4)), "肢体 per household")
    return c


# ============================================================== B: 襄垣县残联 2021
def flat_rows(region):
    out = []
    for block in region.split("\n\n"):
        lines = [ln for ln in block.split("\n") if ln != ""]
        if not lines:
            continue
        out.append([ln[1:] if ln.startswith("\t") else ln.strip() for ln in lines])
    return out


def check_xiangyuan(t):
    c = Chk(t, 2021)
    c.year_eq(c.one(r"襄垣县残疾人联合会(\d{4})年").group(1), "title year")
    region = t[t.index("（二）预算执行情况") + len("（二）预算执行情况"):t.index("[bookmark: _Toc92011304]")]
    rows = {r[0]: r for r in flat_rows(region) if len(r) == 10}
    need = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)", "预算执行率(%)"]
    for k in need:
        if k not in rows:
            raise ParseError(k)

    def v(k, i):
        s = rows[k][i]
        return "0" if s.strip() == "" else s

    cols = {2: "总额", 3: "小计", 4: "中央", 5: "省级", 6: "市级", 7: "县区", 8: "结转", 9: "其他"}
    for k in need[:5]:
        c.sum_(W(v(k, 2)), [W(v(k, 3)), W(v(k, 8)), W(v(k, 9))], f"{k} 总额")
        c.sum_(W(v(k, 3)), [W(v(k, i)) for i in (4, 5, 6, 7)], f"{k} 小计")
    for i, name in cols.items():
        c.diff(W(v("资金结余", i)), W(v("实际到位资金", i)), W(v("全年执行资金", i)), f"(5) {name}", "balance_mismatch")
        c.rate(v("预算到位率(%)", i), num(v("实际到位资金", i)), num(v("全年预算资金", i)), f"(6) {name}")
        c.rate(v("预算执行率(%)", i), num(v("全年执行资金", i)), num(v("全年预算资金", i)), f"(7) {name}")
    annual = v("全年预算资金", 2)
    c.same(W(c.one(r"项目全年安排资金([\d.]+)万元").group(1)), W(annual), "overview funds")
    m = c.one(r"全年预算资金([\d.]+)万元，其中：中央补助([\d.]+)万元（(\d{4})年12月提前下达）、省级补助([\d.]+)万元、"
              r"县级配套([\d.]+)万元、(\d{4})年结转资金([\d.]+)万元")
    a2, cen, adv, prov, cty, cy, carry = m.groups()
    c.sum_(W(a2), [W(cen), W(prov), W(cty), W(carry)], "text sources")
    c.year_prev(adv, "advance")
    c.year_prev(cy, "carry-in year")
    c.same(W(a2), W(annual), "text 全年")
    for s, i in ((cen, 4), (prov, 5), (cty, 7), (carry, 8)):
        c.same(W(s), W(v("全年预算资金", i)), f"text source col {i}")
    m = c.one(r"实际到位([\d.]+)万元，到位率([\d.]+%)")
    c.rate(m.group(2), num(m.group(1)), num(a2), "text 到位率")
    c.same(W(m.group(1)), W(v("实际到位资金", 2)), "text 到位")
    recv = m.group(1)
    m = c.one(r"全年执行([\d.]+)万元，执行率([\d.]+%)")
    spent, exec_rate = m.groups()
    c.rate(exec_rate, num(spent), num(a2), "text 执行率")
    c.same(W(spent), W(v("全年执行资金", 2)), "text 执行")
    m = c.one(r"子项目一预算([\d.]+)万元，已全部支出，执行率(\d+%)")
    s1, s1r = m.groups()
    c.rate(s1r, num(s1), num(s1), "子项目一")
    m = c.one(r"子项目二预算([\d.]+)万元，到位([\d.]+)万元，支出([\d.]+)万元，执行率([\d.]+%)")
    s2, s2recv, s2spent, s2r = m.groups()
    c.rate(s2r, num(s2spent), num(s2), "子项目二")
    c.sum_(W(a2), [W(s1), W(s2)], "sub-project budgets")
    c.sum_(W(spent), [W(s1), W(s2spent)], "sub-project spending")
    c.sum_(W(recv), [W(s1), W(s2recv)], "sub-project receipts")
    m = c.one(r"县级配套资金尚有([\d.]+)万元未到位")
    c.diff(W(m.group(1)), W(v("全年预算资金", 7)), W(v("实际到位资金", 7)), "县级未到位", "balance_mismatch")
    c.diff(W(m.group(1)), W(s2), W(s2recv), "子项目二未到位", "balance_mismatch")
    m = c.one(r"已到位未支付的([\d.]+)万元为工程质保金，按合同结转至(\d{4})年支付")
    c.diff(W(m.group(1)), W(s2recv), W(s2spent), "子项目二结余", "balance_mismatch")
    c.same(W(m.group(1)), W(v("资金结余", 2)), "结余 text vs table")
    c.year_after(m.group(2), "carry-over")
    m = c.one(r"子项目一全年完成改造(\d+)户，其中基础型改造(\d+)户（[^）]*?每户补助([\d,]+)(万元|元)），"
              r"综合型改造(\d+)户（[^）]*?每户补助([\d,]+)(万元|元)），补助资金共计([\d.]+)万元")
    done, n1, p1, u1, n2, p2, u2, amt = m.groups()
    c.sumn(done, [n1, n2], "households by type")
    c.sum_(W(amt), [(str(num(n1) * num(p1)), u1), (str(num(n2) * num(p2)), u2)], "subsidy = 150x3000 + 95x5000")
    c.same(W(amt), W(s1), "subsidy vs 子项目一")
    m = c.one(r"与(\d{4})年改造的(\d+)户相比增加(\d+)户")
    c.year_prev(m.group(1), "last year")
    c.diffn(m.group(3), done, m.group(2), "increase")
    ok1 = c.one(r"一次验收合格(\d+)户").group(1)
    used = c.one(r"设施正常使用的有(\d+)户").group(1)
    m = c.one(r"等(\d+)个点位改造，[^，。]*?等(\d+)个点位因")
    pts_done, pts_left = m.groups()
    sat = c.one(r"满意度为([\d.]+%)").group(1)
    m = c.one(r"总得分(\d+)分，属于“(..)”")
    total_text, grade = m.groups()
    c.grade(total_text, grade, "text grade")
    # 附件1
    region = t[t.index("附件1.项目支出绩效自评表"):]
    trs = [r for r in flat_rows(region) if len(r) == 9]
    head, body = trs[0], trs[1:]
    if head[0] != "一级指标":
        raise ParseError("附件1 header")
    total = body[-1]
    if total[0] != "合计":
        raise ParseError("合计")
    body = body[:-1]
    byname = {r[2]: r for r in body}
    c.scores([(r[2], r[3], r[7]) for r in body], total[3], total[7], "附件1")
    c.same((total[7], None), (total_text, None), "total text vs table")
    for r in body:
        name, w, tgt, act, comp, s = r[2], r[3], r[4], r[5], r[6], r[7]
        c.unit_pair(tgt, act, name)
        if is_blank(comp):
            continue
        direction = "lte" if tgt.startswith("≤") else "gte"
        tn = re.sub(r"[^\d.]", "", tgt)
        an = re.sub(r"[^\d.]", "", act)
        c.completion(comp, tn, an, direction, name)
        if direction == "gte":
            c.rule_gte(w, s, tn, an, name)
    ex = byname["预算执行率"]
    c.same((ex[5], None), (v("预算执行率(%)", 2), None), "附件1 执行率 vs funds table")
    c.rule_exec(ex[3], ex[7], ex[5], num(v("全年执行资金", 2)), num(v("全年预算资金", 2)), "execution")
    hh = byname["困难重度残疾人家庭无障碍改造户数"]
    c.same((hh[5].rstrip("户"), None), (done, None), "附件1 households")
    pts = byname["综合服务中心无障碍改造点位"]
    c.same((pts[5].rstrip("个"), None), (pts_done, None), "附件1 points")
    c.sumn(pts[4].lstrip("≥").rstrip("个"), [pts_done, pts_left], "points done + left = target")
    c.rate(byname["改造工程一次验收合格率"][5], num(ok1), num(done), "一次验收合格率")
    c.rate(byname["改造设施正常使用率"][5], num(used), num(done), "使用率")
    c.same((byname["受助家庭满意度"][5], None), (sat, None), "满意度")
    c.pct_range(sat, "满意度")
    c.same((byname["综合型改造户均补助"][5].replace("元/户", ""), "元"), (p2, u2), "综合型 per household")
    return c


# ============================================================== C: 前锋区住建局 2023
def check_qianfeng(t):
    c = Chk(t, 2023)
    c.year_eq(c.one(r"(\d{4})年度广安市前锋区").group(1), "title year")
    m = c.one(r"(\d{4})年区财政批复本项目预算([\d.]+)万元；7月省级下达城市更新补助资金([\d.]+)万元，全年预算调整为([\d.]+)万元")
    y, init, prov, annual = m.groups()
    c.year_eq(y, "批复 year")
    c.sum_(W(annual), [W(init), W(prov)], "全年 = 年初 + 省级")
    m = c.one(r"全年预算资金([\d.]+)万元全部到位，到位率(\d+%)")
    c.same(W(m.group(1)), W(annual), "到位 text")
    c.rate(m.group(2), num(m.group(1)), num(annual), "到位率")
    m = c.one(r"全年支出([\d.]+)万元，预算执行率([\d.]+%)")
    spent, rate = m.groups()
    c.rate(rate, num(spent), num(annual), "执行率")
    m = c.one(r"其中：盲道改造([\d.]+)万元，缘石坡道改造([\d.]+)万元，公厕无障碍卫生间改造([\d.]+)万元，无障碍停车位及标识标牌([\d.]+)万元")
    parts = m.groups()
    c.sum_(W(spent), [W(p) for p in parts], "spending by item")
    m = c.one(r"缘石坡道共改造(\d+)处，单处平均([\d,]+)(万元|元)")
    ramps, per, per_u = m.groups()
    c.avg_money((per, per_u), W(parts[1]), ramps, "per ramp")
    m = c.one(r"无障碍卫生间完成(\d+)座，每座([\d.]+)(万元|元)")
    toilets = m.group(1)
    c.prod(toilets, (m.group(2), m.group(3)), W(parts[2]), "toilets")
    m = c.one(r"年末未支付的([\d.]+)万元[^。]*?结转至(\d{4})年支付")
    c.diff(W(m.group(1)), W(annual), W(spent), "结转 = 全年 - 执行", "balance_mismatch")
    c.year_after(m.group(2), "carry-over")
    c.same((c.one(r"全年(\d+)万元预算").group(1), "万元"), W(annual), "全年预算 (whole)")
    m = c.one(r"(\d{4})年区级曾安排同类资金[\d.]+万元")
    c.year_prev(m.group(1), "last year")
    tgt_km = c.one(r"改造盲道不少于([\d.]+)公里").group(1)
    tgt_ramps = c.one(r"缘石坡道不少于(\d+)处").group(1)
    tgt_cost = c.one(r"缘石坡道单处改造成本不超过([\d,]+)(万元|元)")
    m = c.one(r"全年完成盲道改造([\d.]+)公里，完成率([\d.]+%)")
    km, km_c = m.groups()
    c.completion(km_c, tgt_km, km, "gte", "盲道")
    m = c.one(r"改造缘石坡道(\d+)处，为目标的(\d+)%")
    c.completion(m.group(2), tgt_ramps, m.group(1), "gte", "坡道")
    c.same((m.group(1), None), (ramps, None), "ramps twice")
    c.same((c.one(r"完成公厕无障碍卫生间(\d+)座").group(1), None), (toilets, None), "toilets twice")
    m = c.one(r"由上年的([\d.]+)%提高到([\d.]+)%")
    cover = m.group(2)
    m = c.one(r"本项目自评得分([\d.]+)分，评价等级为“(..)”")
    total_text, grade = m.groups()
    c.grade(total_text, grade, "text grade")
    # table
    c.year_eq(c.one(r"\n(\d{4})年度项目支出绩效自评表").group(1), "table year")
    lines = t.split("\n")

    def row(label):
        hits = [ln.split("｜") for ln in lines if ln.startswith(label + "｜")]
        if len(hits) != 1:
            raise ParseError(label)
        return hits[0]

    fr = {k: row(k) for k in ("年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")}
    for k, r in fr.items():
        c.rate(r[5], num(r[3]), num(r[2]), f"table {k}")
    for i, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum_(W(fr["年度资金总额"][i]), [W(fr[k][i]) for k in ("其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")], col)
    c.same(W(fr["年度资金总额"][1]), W(init), "table 年初")
    c.same(W(fr["年度资金总额"][2]), W(annual), "table 全年")
    c.same(W(fr["年度资金总额"][3]), W(spent), "table 执行")
    c.same((fr["年度资金总额"][5], None), (rate, None), "table rate")
    ew, es = fr["年度资金总额"][4], fr["年度资金总额"][6]
    c.rule_exec(ew, es, fr["年度资金总额"][5], num(fr["年度资金总额"][3]), num(fr["年度资金总额"][2]), "execution")
    start = next(i for i, ln in enumerate(lines) if ln.startswith("一级指标｜"))
    ind = []
    for ln in lines[start + 1:]:
        if ln.startswith("合计"):
            total_row = ln.split("｜")
            break
        ind.append(ln.split("｜"))
    c.scores([("execution", ew, es)] + [(r[2], r[7], r[8]) for r in ind], total_row[7], total_row[8], "自评表")
    c.same((total_row[8], None), (total_text, None), "total text vs table")
    by = {r[2]: r for r in ind}
    for r in ind:
        if r[3] == "≥":
            c.rule_gte(r[7], r[8], r[4], r[6], r[2])
    c.same((by["盲道改造长度"][6], None), (km, None), "table 盲道")
    c.same((by["缘石坡道改造数量"][6], None), (ramps, None), "table 坡道")
    c.same((by["公厕无障碍卫生间改造数量"][6], None), (toilets, None), "table 卫生间")
    c.same((by["主次干道无障碍设施覆盖率"][6], None), (cover, None), "table 覆盖率")
    c.rate(by["按期完工率"][6], num(toilets), num(by["公厕无障碍卫生间改造数量"][4]), "按期完工率 11/12")
    cost = by["缘石坡道单处改造成本"]
    cu = cost[5].split("/")[0]
    if cu not in UNIT_FACTOR:
        raise ParseError("cost unit")
    c.same((cost[4], cu), (tgt_cost.group(1), tgt_cost.group(2)), "cost target table vs text")
    c.same((cost[6], cu), (per, per_u), "cost actual table vs text")
    return c


# ============================================================== D: 麻城市住建局 2018
def check_macheng(t):
    c = Chk(t, 2018)
    c.year_eq(c.one(r"\n(\d{4})年度城乡无障碍环境建设项目支出").group(1), "title year")
    m = c.one(r"(\d{4})年项目预算([\d.]+)万元。城区子项目预算([\d.]+)万元，全部为市级财政资金；农村子项目预算([\d.]+)万元，"
              r"其中省级补助([\d.]+)万元、市级配套([\d.]+)万元")
    y, total, urban, rural, prov, city = m.groups()
    c.year_eq(y, "budget year")
    c.sum_(W(total), [W(urban), W(rural)], "total = 城区 + 农村")
    c.sum_(W(rural), [W(prov), W(city)], "农村 = 省 + 市")
    m = c.one(r"截至(\d{4})年12月31日，项目资金全部到位，全年支出([\d.]+)万元，预算执行率([\d.]+%)")
    c.year_eq(m.group(1), "截至")
    spent, rate = m.group(2), m.group(3)
    c.rate(rate, num(spent), num(total), "执行率")
    m = c.one(r"其中城区子项目支出([\d.]+)万元，执行率([\d.]+%)；农村子项目支出([\d.]+)万元，执行率(\d+%)")
    u_sp, u_r, r_sp, r_r = m.groups()
    c.rate(u_r, num(u_sp), num(urban), "城区执行率")
    c.rate(r_r, num(r_sp), num(rural), "农村执行率")
    c.sum_(W(spent), [W(u_sp), W(r_sp)], "spent = 城区 + 农村")
    m = c.one(r"城区子项目结余([\d.]+)万元，主要是(\d+)处公共建筑出入口改造未实施[^。]*?结转至(\d{4})年")
    bal, not_done, cy = m.groups()
    c.diff(W(bal), W(urban), W(u_sp), "城区结余", "balance_mismatch")
    c.diff(W(bal), W(total), W(spent), "total 结余", "balance_mismatch")
    c.year_after(cy, "carry-over")
    m = c.one(r"一般改造(\d+)户，每户([\d,]+)(万元|元)；重点改造[^，]*?(\d+)户，每户([\d,]+)(万元|元)，两档合计(\d+)户，户均([\d,]+)(万元|元)")
    n1, p1, u1, n2, p2, u2, hh, avg, au = m.groups()
    c.sumn(hh, [n1, n2], "households")
    c.sum_(W(rural), [(str(num(n1) * num(p1)), u1), (str(num(n2) * num(p2)), u2)], "农村 = 80x3500 + 60x7000")
    c.avg_money((avg, au), (str(num(n1) * num(p1) * UNIT_FACTOR[u1] + num(n2) * num(p2) * UNIT_FACTOR[u2]), "万元"),
                hh, "户均")
    tgt_km = c.one(r"盲道改造(\d+)公里以上").group(1)
    tgt_doors = c.one(r"出入口不少于(\d+)处").group(1)
    tgt_hh = c.one(r"无障碍改造不少于(\d+)户").group(1)
    m = c.one(r"完成城区道路盲道改造([\d.]+)公里，超出目标([\d.]+)公里")
    km = m.group(1)
    c.diffn(m.group(2), km, tgt_km, "盲道 over target")
    m = c.one(r"改造公共建筑无障碍出入口(\d+)处，完成率(\d+%)，其中(\d+)处因[^，]*?，(\d+)处顺延")
    doors, dc, n_refused, n_delay = m.groups()
    c.completion(dc, tgt_doors, doors, "gte", "出入口")
    c.sumn(tgt_doors, [doors, n_refused, n_delay], "出入口 22 + 2 + 1")
    c.sumn(not_done, [n_refused, n_delay], "未实施 3")
    c.same((c.one(r"有(\d+)处公共建筑出入口未完成改造").group(1), None), (not_done, None), "未完成 twice")
    m = c.one(r"抽检合格率分别为(\d+)%、(\d+)%、(\d+)%、(\d+)%，平均([\d.]+)%")
    c.avg(m.group(5), list(m.groups()[:4]), "抽检合格率")
    hh_done = c.one(r"完成(\d+)户改造").group(1)
    c.same((hh_done, None), (hh, None), "households twice")
    m = c.one(r"对(\d+)户逐户回访，设施正常使用的(\d+)户，使用率([\d.]+%)")
    c.rate(m.group(3), num(m.group(2)), num(m.group(1)), "使用率")
    use_rate = m.group(3)
    sat = c.one(r"受益家庭满意度([\d.]+%)").group(1)
    c.pct_range(sat, "满意度")
    c.year_prev(c.one(r"(\d{4})年全市完成同类改造").group(1), "last year")
    m = c.one(r"预算执行(\d+)分，年度目标完成情况(\d+)分")
    w_exec_text, w_goals_text = m.groups()
    m = c.one(r"本项目自评得分([\d.]+)分，等级为“(.)”")
    total_text, grade = m.groups()
    c.grade(total_text, grade, "text grade")
    # table
    c.year_eq(c.one(r"\n(\d{4})年度项目支出绩效自评表").group(1), "table year")
    m = c.one(r"情况（万元） ([\d.]+) ([\d.]+) ([\d.]+%) (\d+) ([\d.]+)")
    tb, ts, tr, ew, es = m.groups()
    c.same(W(tb), W(total), "table budget")
    c.same(W(ts), W(spent), "table spent")
    c.rate(tr, num(ts), num(tb), "table rate")
    c.same((ew, None), (w_exec_text, None), "execution weight text vs table")
    c.rule_exec(ew, es, tr, num(ts), num(tb), "execution")
    pats = [
        ("盲道", r"城区道路盲道改造 (≥\S+) (\S+) (\S+) (\S+)"),
        ("出入口", r"公共建筑无障碍出 (≥\S+) (\S+) (\S+) (\S+)"),
        ("验收", r"工程竣工验收合格 (\S+) (\S+) (\S+) (\S+)"),
        ("成本", r"城区改造成本 (≤\S+) (\S+) (\S+) (\S+)"),
        ("户数", r"农村家庭无障碍改 (≥\S+) (\S+) (\S+) (\S+)"),
        ("时间", r"改造完成时间 (\S+) (\S+) (\S+) (\S+)"),
        ("使用率", r"改造设施正常使用 (≥\S+) (\S+) (\S+) (\S+)"),
        ("满意度", r"受益家庭满意度 (≥\S+) (\S+) (\S+) (\S+)"),
    ]
    rows = {k: c.one(p).groups() for k, p in pats}
    m = c.one(r"\n合计 (\d+) ([\d.]+)")
    c.scores([("execution", ew, es)] + [(k, r[2], r[3]) for k, r in rows.items()], m.group(1), m.group(2), "自评表")
    c.same((m.group(2), None), (total_text, None), "total text vs table")
    blocks = c.all(r"（(\d+)分）", 2)
    c.block_weight(blocks[0].group(1), [rows[k][2] for k in ("盲道", "出入口", "验收", "成本")], "目标1")
    c.block_weight(blocks[1].group(1), [rows[k][2] for k in ("户数", "时间", "使用率", "满意度")], "目标2")
    c.block_weight(w_goals_text, [rows[k][2] for k in rows], "goal blocks vs text 80")
    for k, r in rows.items():
        c.unit_pair(r[0], r[1], k)
    for k in ("盲道", "出入口", "户数", "使用率", "满意度"):
        r = rows[k]
        c.rule_gte(r[2], r[3], re.sub(r"[^\d.]", "", r[0]), re.sub(r"[^\d.]", "", r[1]), k)
    c.same((rows["盲道"][1].rstrip("公里"), None), (km, None), "table 盲道")
    c.same((rows["出入口"][1].rstrip("处"), None), (doors, None), "table 出入口")
    c.same(W(rows["成本"][1].replace("万元", "")), W(u_sp), "table 城区成本 vs 城区支出")
    c.same(W(rows["成本"][0].lstrip("≤").replace("万元", "")), W(urban), "table cost cap vs 城区预算")
    c.same((rows["户数"][1].rstrip("户"), None), (hh_done, None), "table 户数")
    c.same((rows["使用率"][1], None), (use_rate, None), "table 使用率")
    c.same((rows["满意度"][1], None), (sat, None), "table 满意度")
    return c


# ============================================================== E: 沂南县残联 2024 部门整体
def check_yinan(t):
    c = Chk(t, 2024)
    c.year_eq(c.one(r"沂南县残疾人联合会(\d{4})年度部门整体").group(1), "title year")
    m = c.one(r"(\d{4})年部门全年预算([\d,.]+)万元，其中基本支出([\d.]+)万元（人员经费([\d.]+)万元、公用经费([\d.]+)万元），项目支出([\d.]+)万元")
    y, dept, basic, staff, office, proj = m.groups()
    c.year_eq(y, "budget year")
    c.sum_(W(dept), [W(basic), W(proj)], "dept = 基本 + 项目")
    c.sum_(W(basic), [W(staff), W(office)], "基本 = 人员 + 公用")
    m = c.one(r"项目支出年初预算([\d.]+)万元，年中追加中央和省级补助资金([\d.]+)万元")
    p_init, p_add = m.groups()
    c.sum_(W(proj), [W(p_init), W(p_add)], "项目 = 年初 + 追加")
    m = c.one(r"全年支出([\d,.]+)万元，部门预算执行率([\d.]+%)")
    d_spent, d_rate = m.groups()
    c.rate(d_rate, num(d_spent), num(dept), "部门执行率")
    m = c.one(r"项目支出执行([\d.]+)万元，执行率([\d.]+%)")
    p_spent, p_rate = m.groups()
    c.rate(p_rate, num(p_spent), num(proj), "项目执行率")
    c.sum_(W(d_spent), [W(basic), W(p_spent)], "spent = 基本 + 项目执行")
    m = c.one(r"未执行的([\d.]+)万元[^。]*?结转至(\d{4})年使用，其中无障碍改造([\d.]+)万元、辅具适配([\d.]+)万元、技能培训([\d.]+)万元、其他支出([\d.]+)万元")
    bal, cy, b1, b3, b4, b6 = m.groups()
    c.diff(W(bal), W(dept), W(d_spent), "部门结余", "balance_mismatch")
    c.sum_(W(bal), [W(b1), W(b3), W(b4), W(b6)], "结余 by project")
    c.year_after(cy, "carry-over")
    m = c.one(r"累计执行率分别为([\d.]+)%、([\d.]+)%、([\d.]+)%和([\d.]+)%")
    c.same((m.group(4), None), (d_rate, None), "Q4 cumulative = annual rate")
    # project table
    lines = t.split("\n")
    prow = {}
    for ln in lines:
        cells = ln.split("\t")
        if len(cells) == 6 and (cells[1].isdigit() or cells[1].startswith("7=")):
            prow[cells[1] if cells[1].isdigit() else "7"] = cells
    if sorted(prow) != ["1", "2", "3", "4", "5", "6", "7"]:
        raise ParseError("project table")
    for k, r in prow.items():
        c.rate(r[5], num(r[4]), num(r[3]), f"project row {k}")
    for i, col in ((2, "年初"), (3, "全年"), (4, "执行")):
        c.sum_(W(prow["7"][i]), [W(prow[k][i]) for k in "123456"], f"project table {col}")
    c.same(W(prow["7"][2]), W(p_init), "table 年初 vs text")
    c.same(W(prow["7"][3]), W(proj), "table 全年 vs text")
    c.same(W(prow["7"][4]), W(p_spent), "table 执行 vs text")
    c.same((prow["7"][5], None), (p_rate, None), "table rate vs text")
    for b, k in ((b1, "1"), (b3, "3"), (b4, "4"), (b6, "6")):
        c.diff(W(b), W(prow[k][3]), W(prow[k][4]), f"结余 row {k}", "balance_mismatch")
    # dept score table
    c.year_eq(c.one(r"得分表（(\d{4})年度）").group(1), "score table year")
    start = next(i for i, ln in enumerate(lines) if ln.startswith("一级指标\t二级指标\t分值"))
    srows = []
    for ln in lines[start + 1:]:
        cells = ln.split("\t")
        if cells[0] == "合计":
            total_row = cells
            break
        srows.append(cells)
    c.scores([(r[1], r[2], r[3]) for r in srows], total_row[2], total_row[3], "部门评分表")
    ex = [r for r in srows if r[1] == "预算执行率"][0]
    c.rule_exec(ex[2], ex[3], d_rate, num(d_spent), num(dept), "execution")
    m = c.one(r"部门整体支出自评得分(\d+)分，等级为“(.)”")
    c.grade(m.group(1), m.group(2), "dept grade")
    c.same((m.group(1), None), (total_row[3], None), "dept total text vs table")
    # project scores
    m = c.one(r"自评得分分别为：([^。]*?)，平均([\d.]+)分")
    items = re.findall(r"([\d.]+)分", m.group(1))
    if len(items) != 6:
        raise ParseError("project scores")
    c.avg(m.group(2), items, "project average")
    # 无障碍改造
    m = c.one(r"年度计划改造(\d+)户，其中肢体残疾(\d+)户、视力残疾(\d+)户、听力言语残疾(\d+)户")
    plan, pl1, pl2, pl3 = m.groups()
    c.sumn(plan, [pl1, pl2, pl3], "planned households")
    m = c.one(r"实际完成(\d+)户，完成率([\d.]+%)：肢体残疾(\d+)户，每户补助([\d,]+)(万元|元)；视力残疾(\d+)户，每户([\d,]+)(万元|元)；"
              r"听力言语残疾(\d+)户，每户([\d,]+)(万元|元)，合计支出([\d.]+)万元")
    done, comp, h1, s1, u1, h2, s2, u2, h3, s3, u3, amt = m.groups()
    c.sumn(done, [h1, h2, h3], "done households")
    c.completion(comp, plan, done, "gte", "改造户数")
    c.sum_(W(amt), [(str(num(h1) * num(s1)), u1), (str(num(h2) * num(s2)), u2), (str(num(h3) * num(s3)), u3)],
           "改造 spending by type")
    c.sum_(W(prow["1"][3]), [(str(num(pl1) * num(s1)), u1), (str(num(pl2) * num(s2)), u2), (str(num(pl3) * num(s3)), u3)],
           "改造 budget = plan x standards")
    c.same(W(amt), W(prow["1"][4]), "改造 spending text vs table")
    m = c.one(r"项目结余([\d.]+)万元")
    c.diff(W(m.group(1)), W(prow["1"][3]), W(prow["1"][4]), "改造结余", "balance_mismatch")
    c.same(W(m.group(1)), W(b1), "改造结余 twice")
    m = c.one(r"(\d+)户肢体残疾家庭因[^，]*?原因未实施，其中(\d+)个名额调剂给视力残疾家庭")
    c.diffn(m.group(1), pl1, h1, "肢体 shortfall")
    c.diffn(m.group(2), h2, pl2, "视力 extra")
    m = c.one(r"与(\d{4})年改造(\d+)户相比，本年度改造户数增加(\d+)户")
    c.year_prev(m.group(1), "last year")
    c.diffn(m.group(3), done, m.group(2), "increase")
    m = c.one(r"为(\d+)名0-6岁残疾儿童[^，]*?，人均救助约([\d.]+)万元")
    c.avg_money(W(m.group(2)), W(prow["2"][4]), m.group(1), "康复人均")
    m = c.one(r"计划培训(\d+)人次，实际培训(\d+)人次，完成率([\d.]+%)")
    c.completion(m.group(3), m.group(1), m.group(2), "gte", "培训")
    c.pct_range(c.one(r"综合满意率为([\d.]+)%").group(1), "满意率")
    c.year_eq(c.one(r"本报告数据截至(\d{4})年12月31日").group(1), "截至")
    c.year_after(c.one(r"结转至(\d{4})年的资金").group(1), "carry-over 2")
    return c


CHECKS = {
    "gz-bozhou-wuzhangai-2020": check_bozhou,
    "sx-xiangyuan-wuzhangai-2021": check_xiangyuan,
    "sc-qianfeng-wuzhangaisheshi-2023": check_qianfeng,
    "hb-macheng-wuzhangai-2018": check_macheng,
    "sd-yinan-canlian-bumen-2024": check_yinan,
}


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def diff_region(a, b):
    """[start, end) in b of the single contiguous place where b differs from a."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(ln) for ln in fh if ln.strip()]
    if len(labels) != 35:
        problems.append(f"{len(labels)} labels, expected 35")
    codes = Counter()
    for rec in labels:
        name, src = rec["case"], rec["source"]
        text = read(name)
        clean = read(f"{src}-clean.txt")
        for f in ("case", "source", "clean", "expected"):
            if f not in rec:
                problems.append(f"{name}: missing field {f}")
        if rec["clean"]:
            if rec["expected"] or text != clean:
                problems.append(f"{name}: clean case with labels or different text")
        else:
            if len(rec["expected"]) != 1:
                problems.append(f"{name}: expected one label")
            lab = rec["expected"][0]
            codes[lab["code"]] += 1
            if lab["code"] not in CODES or lab["severity"] != "error":
                problems.append(f"{name}: bad code/severity {lab}")
            v = lab["value"]
            occ = [i for i in range(len(text)) if text.startswith(v, i)]
            if not occ:
                problems.append(f"{name}: value not found {v!r}")
            ds, de = diff_region(clean, text)
            if de <= ds:
                problems.append(f"{name}: no difference from clean")
            elif not any(i < de and i + len(v) > ds for i in occ):
                problems.append(f"{name}: value {v!r} does not overlap the edit [{ds},{de})")
        try:
            chk = CHECKS[src](text)
        except ParseError as e:
            problems.append(f"{name}: parse error {e}")
            continue
        failed = sorted({code for code, _ in chk.fails})
        if rec["clean"]:
            if failed:
                problems.append(f"{name}: clean draft fails {chk.fails}")
            if chk.warns:
                problems.append(f"{name}: clean draft score-rule warnings {chk.warns}")
        else:
            want = rec["expected"][0]["code"]
            if failed != [want]:
                problems.append(f"{name}: labelled {want}, checks fail {chk.fails}")
        print(f"{name:45s} {'clean' if rec['clean'] else rec['expected'][0]['code']:22s} -> "
              f"{','.join(failed) or 'pass'}")
    for code in CODES:
        if codes[code] < 2:
            problems.append(f"code {code} used {codes[code]} times")
    print("codes:", dict(codes))
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
