#!/usr/bin/env python3
"""Verify this set: labels, edits and the arithmetic of every case.

* every label value occurs in its case; each error case differs from its clean draft in one contiguous
  place that overlaps the label value; the changed figure occurs once in the clean draft (twice or more
  for conflicting_values); every code of errors.md §A (1-13) is used at least twice;
* the arithmetic of every draft is redone from its text with decimal.Decimal (tolerance of rules.md §8):
  clean drafts must pass every check (errors and warnings); in an error case the labelled code must fail
  and no other error-level code may fail.
Standard library only.  Run: python3 verify.py   (prints OK at the end)
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

ERROR_CODES = [
    "rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
    "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
    "unit_mismatch", "year_mismatch", "completion_mismatch",
]
WARNING_CODES = ["score_rule_mismatch"]

NUM = r"(\d+(?:\.\d+)?)"


class StructureError(Exception):
    pass


# ----------------------------------------------------------------------------------------------
# numbers and tolerance (rules.md §8)

def dec(s):
    return D(str(s).replace(",", "").strip())


def places(s):
    s = str(s).replace(",", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated):
    """stated (a string as written) is consistent with computed (Decimal) within half a unit of its
    last decimal place."""
    v = dec(stated)
    tol = D("0.5") * (D(10) ** -places(stated)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def approx_ok(value, stated):
    """约/余/左右: the stated number is read as an interval of ± half a unit of its last digit."""
    s = str(stated)
    if "." in s:
        half = D("0.5") * (D(10) ** -places(s))
    else:
        digits = s.rstrip("0")
        zeros = len(s) - len(digits)
        half = D("0.5") * (D(10) ** zeros)
    return abs(D(value) - dec(s)) <= half + D("1e-9")


def grade_of(score):
    s = D(score)
    if s >= 90:
        return "优"
    if s >= 80:
        return "良"
    if s >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
               "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


# ----------------------------------------------------------------------------------------------
# the checker state

class Checker:
    def __init__(self, text):
        self.text = text
        self.fails = []          # (code, message)
        self.v = {}              # named stated strings

    def fail(self, code, msg):
        self.fails.append((code, msg))

    def grab(self, pattern, names, count=1, flags=0):
        ms = list(re.finditer(pattern, self.text, flags))
        if len(ms) != count:
            raise StructureError(f"pattern {pattern!r} matched {len(ms)} times, expected {count}")
        m = ms[0]
        if isinstance(names, str):
            names = [names]
        for i, n in enumerate(names, 1):
            if n:
                self.v[n] = m.group(i)
        return m

    def put(self, name, s):
        self.v[name] = s

    def g(self, name):
        return self.v[name]

    def n(self, name):
        return dec(self.v[name])

    # --- identities -------------------------------------------------------------------------
    def sum_(self, parts, total, code="sum_mismatch", what=""):
        s = sum((self.n(p) for p in parts), D(0))
        if not close(s, self.g(total)):
            self.fail(code, f"{what}: {' + '.join(self.g(p) for p in parts)} = {s} ≠ {self.g(total)}")

    def diff(self, a, b, res, code="balance_mismatch", what=""):
        d = self.n(a) - self.n(b)
        if not close(d, self.g(res)):
            self.fail(code, f"{what}: {self.g(a)} − {self.g(b)} = {d} ≠ {self.g(res)}")

    def rate(self, num, den, rate, code="rate_mismatch", what="", bounded=True):
        den_v = self.n(den)
        if den_v == 0:
            if dec(self.g(rate)) != 0:
                self.fail("implausible_rate", f"{what}: rate {self.g(rate)} on a zero base")
            return
        r = self.n(num) / den_v * 100
        if not close(r, self.g(rate)):
            self.fail(code, f"{what}: {self.g(num)} / {self.g(den)} = {r:.4f}% ≠ {self.g(rate)}%")
        if bounded:
            self.plausible(rate, what)

    def plausible(self, rate, what=""):
        r = dec(self.g(rate))
        if r > 100 or r < 0:
            self.fail("implausible_rate", f"{what}: rate {self.g(rate)}% outside [0, 100]")

    def same(self, a, b, what="", code="conflicting_values"):
        if dec(self.g(a)) != dec(self.g(b)):
            self.fail(code, f"{what}: {self.g(a)} vs {self.g(b)}")

    def avg(self, parts, res, what=""):
        m = sum((self.n(p) for p in parts), D(0)) / len(parts)
        if not close(m, self.g(res)):
            self.fail("average_mismatch", f"{what}: mean {m:.4f} ≠ {self.g(res)}")

    def share(self, part, total, pct, what=""):
        self.rate(part, total, pct, what=what)

    def grade(self, score, word, what=""):
        w = GRADE_WORDS.get(self.g(word))
        if w is None:
            raise StructureError(f"unknown grade word {self.g(word)!r}")
        if grade_of(self.n(score)) != w:
            self.fail("grade_mismatch", f"{what}: {self.g(score)} → {grade_of(self.n(score))}, stated {self.g(word)}")

    def score_max(self, score, maximum="100", what=""):
        s = self.n(score)
        if s > dec(maximum) or s < 0:
            self.fail("score_exceeds_weight", f"{what}: score {self.g(score)} outside [0, {maximum}]")

    def money(self, name, unit):
        """amount in 万元 from a stated figure and its unit"""
        x = self.n(name)
        return {"元": x / 10000, "万元": x, "亿元": x * 10000}[unit]

    def product(self, people, std, std_unit, months, amount, amount_unit="万元", what=""):
        """people × standard × months = amount; a power-of-ten gap is a unit error"""
        calc = self.n(people) * self.money(std, self.g(std_unit)) * dec(months)
        stated = self.money(amount, amount_unit)
        if close(calc, self.g(amount)) if amount_unit == "万元" else abs(calc - stated) < D("0.005"):
            return
        for k in (D(10000), D(1) / D(10000), D(100000000), D(1) / D(100000000)):
            if abs(calc / k - stated) <= D("0.005"):
                self.fail("unit_mismatch", f"{what}: {self.g(people)} × {self.g(std)}{self.g(std_unit)} × {months}"
                                           f" = {calc}万元, stated {self.g(amount)}{amount_unit} (off by a power of ten)")
                return
        self.fail("sum_mismatch", f"{what}: {self.g(people)} × {self.g(std)} × {months} = {calc} ≠ {self.g(amount)}")

    def later_year(self, year_name, eval_year, what=""):
        if int(self.g(year_name)) <= eval_year:
            self.fail("year_mismatch", f"{what}: {self.g(year_name)} is not after the evaluation year {eval_year}")

    def year_is(self, year_name, years, what=""):
        if int(self.g(year_name)) not in years:
            self.fail("year_mismatch", f"{what}: year {self.g(year_name)} not in {years}")


# ----------------------------------------------------------------------------------------------
# Markdown tables

def tables(text):
    out, cur = [], []
    for line in text.split("\n"):
        if line.startswith("|"):
            cur.append(line)
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    res = []
    for block in out:
        rows = [[c.strip() for c in l.strip().strip("|").split("|")] for l in block]
        header = rows[0]
        body = [r for r in rows[1:] if not all(set(c) <= set("-: ") for c in r)]
        for r in body:
            if len(r) != len(header):
                raise StructureError(f"row {r} has {len(r)} cells, header {len(header)}")
        res.append((header, [dict(zip(header, r)) for r in body]))
    return res


def find_table(text, must):
    found = [t for t in tables(text) if all(m in t[0] for m in must)]
    if len(found) != 1:
        raise StructureError(f"table with {must} found {len(found)} times")
    return found[0]


VAL = re.compile(r"^(≥|≤|＞|＜|>=|<=|=)?\s*(\d+(?:\.\d+)?)\s*(.*)$")
DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日(前|以前)?")


def parse_val(s):
    s = s.strip()
    if s in ("", "—", "-"):
        return None
    m = DATE.search(s)
    if m:
        return ("date", (int(m.group(1)), int(m.group(2)), int(m.group(3))), "lte" if m.group(4) else "eq", s)
    m = VAL.match(s)
    if m:
        sign = m.group(1) or ""
        d = "gte" if sign in ("≥", "＞", ">=") else "lte" if sign in ("≤", "＜", "<=") else "eq"
        return ("num", m.group(2), d, m.group(3).strip())
    return ("text", s, None, None)


def indicator_table(c, rows, cols, eval_year, extra_w=None, extra_s=None, total_score=None, extra_cands=None):
    """Generic checks on a 一级/二级/三级 indicator table with 小计 rows.

    cols: keys l1 l2 l3 w s t a comp nat unit -> header names (t/a/comp/nat/unit optional).
    extra_w / extra_s: weight and score of a block outside the table (funds block) that belongs to the total.
    total_score: stated total (string) when the table has no total row.
    """
    groups = []          # [l1, leaves, subtotal]
    total = None
    for r in rows:
        l1 = r[cols["l1"]]
        l2 = r.get(cols.get("l2", ""), "")
        l3 = r.get(cols.get("l3", ""), "")
        if l1 in ("合计", "总分"):
            total = r
            continue
        if "小计" in (l2, l3):
            if not groups or groups[-1][0] != l1 or groups[-1][2] is not None:
                raise StructureError(f"小计 of {l1} without rows")
            groups[-1][2] = r
            continue
        if not groups or groups[-1][0] != l1:
            groups.append([l1, [], None])
        groups[-1][1].append(r)
        check_leaf(c, r, cols, eval_year, (extra_cands or {}).get(r.get(cols.get("l3", ""), ""), []))

    wsum_all, ssum_all = D(0), D(0)
    for l1, leaves, sub in groups:
        if sub is None:
            raise StructureError(f"no 小计 for {l1}")
        ws = sum((dec(x[cols["w"]]) for x in leaves), D(0))
        ss = sum((dec(x[cols["s"]]) for x in leaves), D(0))
        if not close(ws, sub[cols["w"]]):
            c.fail("weight_sum_mismatch", f"{l1}: rows weigh {ws}, 小计 {sub[cols['w']]}")
        if not close(ss, sub[cols["s"]]):
            c.fail("score_sum_mismatch", f"{l1}: rows score {ss}, 小计 {sub[cols['s']]}")
        if dec(sub[cols["s"]]) > dec(sub[cols["w"]]) or dec(sub[cols["s"]]) < 0:
            c.fail("score_exceeds_weight", f"{l1} 小计: {sub[cols['s']]} > {sub[cols['w']]}")
        wsum_all += dec(sub[cols["w"]])
        ssum_all += dec(sub[cols["s"]])
    if extra_w is not None:
        wsum_all += dec(extra_w)
        ssum_all += dec(extra_s)
    if total is not None:
        if not close(wsum_all, total[cols["w"]]):
            c.fail("weight_sum_mismatch", f"total weight {total[cols['w']]} vs Σ {wsum_all}")
        if dec(total[cols["w"]]) != 100:
            c.fail("weight_sum_mismatch", f"total weight {total[cols['w']]} ≠ 100")
        if not close(ssum_all, total[cols["s"]]):
            c.fail("score_sum_mismatch", f"total score {total[cols['s']]} vs Σ {ssum_all}")
        if dec(total[cols["s"]]) > dec(total[cols["w"]]):
            c.fail("score_exceeds_weight", f"total {total[cols['s']]} > {total[cols['w']]}")
    else:
        if wsum_all != 100:
            c.fail("weight_sum_mismatch", f"weights sum to {wsum_all} ≠ 100")
    if total_score is not None and not close(ssum_all, total_score):
        c.fail("score_sum_mismatch", f"stated total {total_score} vs Σ {ssum_all}")
    return (total[cols["s"]] if total is not None else None), groups


def check_leaf(c, r, cols, eval_year, more=()):
    name = r.get(cols.get("l3", ""), "") or r.get(cols.get("l2", ""), "")
    w, s = dec(r[cols["w"]]), dec(r[cols["s"]])
    if s > w or s < 0:
        c.fail("score_exceeds_weight", f"{name}: score {r[cols['s']]} vs weight {r[cols['w']]}")
    if "t" not in cols:
        return
    nat = r.get(cols.get("nat", ""), "")
    t_raw, a_raw = r[cols["t"]], r[cols["a"]]
    t, a = parse_val(t_raw), parse_val(a_raw)
    if t is None or a is None:
        return
    unit_col = r.get(cols.get("unit", ""), "")
    # dates
    if t[0] == "date" or a[0] == "date":
        for v in (t, a):
            if v[0] == "date" and v[1][0] != eval_year:
                c.fail("year_mismatch", f"{name}: date {v[3]} outside {eval_year}")
        if t[0] == "date" and a[0] == "date" and a[1] > t[1] and s != 0:
            c.fail("score_rule_mismatch", f"{name}: late, scored {r[cols['s']]}")
        elif t[0] == "date" and a[0] == "date" and a[1] <= t[1] and s != w:
            c.fail("score_rule_mismatch", f"{name}: on time but scored {r[cols['s']]}")
        return
    if t[0] == "text" or a[0] == "text" or nat == "定性":
        if t[0] == "text" and a[0] == "text" and t[1] == a[1] and s != w:
            c.fail("score_rule_mismatch", f"{name}: achieved but scored {r[cols['s']]}")
        return
    # numeric
    direction = t[2]
    if nat:
        direction = {"≥": "gte", "≤": "lte", "=": "eq"}.get(nat, direction)
    t_unit = t[3] or unit_col
    a_unit = a[3] or unit_col
    if t_unit != a_unit:
        c.fail("unit_mismatch", f"{name}: target {t_raw}{'' if t[3] else unit_col} vs actual {a_raw}")
        return
    T, A = dec(t[1]), dec(a[1])
    if a_unit == "%" and ("率" in name or "满意度" in name) and (A > 100 or A < 0):
        c.fail("implausible_rate", f"{name}: {a_raw}")
    if T == 0:
        comp = D(100) if A <= 0 else D(0)
    elif direction == "lte":
        comp = D(100) if A <= T else T / A * 100
    else:
        comp = A / T * 100
    stated_comp = None
    if "comp" in cols:
        cs = r[cols["comp"]].rstrip("%")
        if cs not in ("", "—"):
            stated_comp = cs
            if not close(comp, cs):
                c.fail("completion_mismatch", f"{name}: {a_raw}/{t_raw} → {comp:.4f}%, stated {r[cols['comp']]}")
    cands = [w * min(comp, D(100)) / 100]
    if stated_comp is not None:
        cands.append(w * min(dec(stated_comp), D(100)) / 100)
    # the score may also be taken from the rates as printed (rules.md §8)
    if direction != "lte" and T != 0:
        cands.append(w * min(dec(a[1]) / T, D(1)))
    cands.extend(more)   # e.g. the execution score from the unrounded amounts
    if not any(close(x.quantize(D("0.01"), ROUND_HALF_UP), r[cols["s"]]) for x in cands):
        c.fail("score_rule_mismatch", f"{name}: expected {cands[0]:.2f}, stated {r[cols['s']]}")


def funds_block(c, rows, first, subs, what="funds block"):
    """MOF/Sichuan funds block: 年度资金总额 = Σ sub-rows; 执行率 = 执行/全年; 得分 = 分值 × min(r, 1)."""
    by = {r[first]: r for r in rows}
    tot = by["年度资金总额"]
    for col in ("年初预算数", "全年预算数", "全年执行数"):
        s = sum((dec(by[k][col]) for k in subs), D(0))
        if not close(s, tot[col]):
            c.fail("sum_mismatch", f"{what} {col}: Σ {s} ≠ {tot[col]}")
    for r in rows:
        rs = r["执行率"].rstrip("%")
        if rs in ("", "—"):
            continue
        base = dec(r["全年预算数"])
        if base == 0:
            c.fail("implausible_rate", f"{what} {r[first]}: rate {r['执行率']} on a zero base")
            continue
        rr = dec(r["全年执行数"]) / base * 100
        if not close(rr, rs):
            c.fail("rate_mismatch", f"{what} {r[first]}: {rr:.4f}% ≠ {r['执行率']}")
        if dec(rs) > 100:
            c.fail("implausible_rate", f"{what} {r[first]}: {r['执行率']}")
    w, sc = dec(tot["分值"]), dec(tot["得分"])
    rr = dec(tot["全年执行数"]) / dec(tot["全年预算数"])
    cands = [w * min(rr, D(1)), w * min(dec(tot["执行率"].rstrip("%")) / 100, D(1))]
    if not any(close(x.quantize(D("0.01"), ROUND_HALF_UP), tot["得分"]) for x in cands):
        c.fail("score_rule_mismatch", f"{what}: execution score {tot['得分']}")
    if sc > w:
        c.fail("score_exceeds_weight", f"{what}: {sc} > {w}")
    return tot


# ----------------------------------------------------------------------------------------------
# per-draft checks

def check_sx_wenxi(text):
    c = Checker(text)
    Y = 2020
    # funds table (Shanxi layout with printed formulas)
    header, rows = find_table(text, ["行次", "中央级"])
    cols = ["年度总金额", "财政资金小计", "中央级", "省级", "市级", "县区级", "上年结转资金", "其他资金"]
    R = {r["行次"]: r for r in rows}
    for k in ("(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)"):
        r = R[k]
        if not close(sum(dec(r[x]) for x in ("中央级", "省级", "市级", "县区级")), r["财政资金小计"]):
            c.fail("sum_mismatch" if k != "(5)=(3)-(4)" else "balance_mismatch", f"row {k}: 财政资金小计")
        if not close(dec(r["财政资金小计"]) + dec(r["上年结转资金"]) + dec(r["其他资金"]), r["年度总金额"]):
            c.fail("sum_mismatch" if k != "(5)=(3)-(4)" else "balance_mismatch", f"row {k}: 年度总金额")
    for x in cols:
        if not close(dec(R["(3)"][x]) - dec(R["(4)"][x]), R["(5)=(3)-(4)"][x]):
            c.fail("balance_mismatch", f"(5) {x}")
        for rk, num in (("(6)=(3)/(2)", "(3)"), ("(7)=(4)/(2)", "(4)")):
            base = dec(R["(2)"][x])
            stated = R[rk][x]
            if base == 0:
                if dec(stated) != 0:
                    c.fail("implausible_rate", f"{rk} {x}: {stated} on zero base")
                continue
            if not close(dec(R[num][x]) / base * 100, stated):
                c.fail("rate_mismatch", f"{rk} {x}: {dec(R[num][x]) / base * 100:.4f} ≠ {stated}")
            if dec(stated) > 100:
                c.fail("implausible_rate", f"{rk} {x}: {stated}")
    c.put("t_y0", R["(1)"]["年度总金额"]); c.put("t_y", R["(2)"]["年度总金额"])
    c.put("t_dw", R["(3)"]["年度总金额"]); c.put("t_zx", R["(4)"]["年度总金额"])
    c.put("t_jy", R["(5)=(3)-(4)"]["年度总金额"]); c.put("t_zxl", R["(7)=(4)/(2)"]["年度总金额"])
    for k, x in (("zy", "中央级"), ("sj", "省级"), ("shi", "市级"), ("xj", "县区级")):
        c.put("t2_" + k, R["(2)"][x])

    # prose: funds
    c.grab(r"年初预算" + NUM + r"万元，7月根据新增对象情况追加" + NUM + r"万元，全年预算调整为" + NUM + "万元",
           ["y0", "zj", "y"])
    c.sum_(["y0", "zj"], "y", what="年初+追加")
    c.same("y0", "t_y0", "年初预算 text/table"); c.same("y", "t_y", "全年预算 text/table")
    c.grab(r"中央资金中的" + NUM + r"万元已于(\d{4})年12月提前下达", ["adv", "adv_y"])
    c.year_is("adv_y", [Y - 1], "advance")
    c.grab(r"全年实际到位" + NUM + r"万元，资金到位率" + NUM + "%", ["dw", "dwl"])
    c.rate("dw", "y", "dwl", what="到位率"); c.same("dw", "t_dw", "到位 text/table")
    c.grab(r"中央、省、市、县承担的比例分别为" + NUM + "%、" + NUM + "%、" + NUM + "%、" + NUM + "%",
           ["p_zy", "p_sj", "p_shi", "p_xj"])
    for k in ("zy", "sj", "shi", "xj"):
        c.share("t2_" + k, "t_y", "p_" + k, what="share " + k)
    c.grab(r"全年执行" + NUM + r"万元，预算执行率" + NUM + "%", ["zx", "zxl"])
    c.rate("zx", "y", "zxl", what="执行率"); c.same("zx", "t_zx", "执行 text/table")
    c.same("zxl", "t_zxl", "执行率 text/table")
    c.grab(r"资金结余" + NUM + "万元", "jy")
    c.diff("dw", "zx", "jy", what="结余"); c.same("jy", "t_jy", "结余 text/table")
    c.grab(r"结转至(\d{4})年", "jz_y")
    c.later_year("jz_y", Y, "carry-over")

    # indicator table
    header, rows = find_table(text, ["三级指标", "业绩值"])
    cols = dict(l1="一级指标", l2="二级指标", l3="三级指标", w="分值", s="指标得分", t="目标值", a="业绩值", comp="完成率")
    total, groups = indicator_table(c, rows, cols, Y,
                                    extra_cands={"资金执行率": [10 * min(c.n("zx") / c.n("y"), D(1))]})
    sub = {g[0]: g[2] for g in groups}
    by3 = {r["三级指标"]: r for r in rows}
    c.put("t_total", total)
    c.grab(r"本项目自评总得分" + NUM + r"分，评价等级为\"(\S+?)\"", ["total", "grade"])
    c.same("total", "t_total", "总分 text/table"); c.grade("total", "grade", "grade")
    c.grab(r"其中预算执行率指标得" + NUM + r"分，产出指标得" + NUM + r"分，效益指标得" + NUM + r"分，满意度指标得" + NUM + "分",
           ["s_ys", "s_cc", "s_xy", "s_my"])
    for k, l1 in (("s_ys", "预算执行"), ("s_cc", "产出指标"), ("s_xy", "效益指标"), ("s_my", "满意度指标")):
        c.put("t" + k, sub[l1]["指标得分"]); c.same(k, "t" + k, l1 + " score text/table")
    c.sum_(["s_ys", "s_cc", "s_xy", "s_my"], "total", code="score_sum_mismatch", what="text scores")
    c.grab(r"该项得" + NUM + "分", "s_ys2"); c.same("s_ys2", "ts_ys", "execution score")
    c.grab(r"按完成率" + NUM + "%计分", "my_comp"); c.put("t_my_comp", by3["扶助对象满意度"]["完成率"].rstrip("%"))
    c.same("my_comp", "t_my_comp", "满意度完成率")

    # prose: people, standards, amounts
    c.grab(r"死亡扶助对象分别为" + NUM + "人、" + NUM + "人、" + NUM + r"人（2019年分别为", ["n_jf", "n_sc", "n_sw"])
    c.grab(r"特扶对象合计" + NUM + "人", "n_tf")
    c.sum_(["n_sc", "n_sw"], "n_tf", what="特扶合计")
    c.put("t_n_jf", parse_val(by3["奖励扶助金发放人数"]["业绩值"])[1]); c.same("n_jf", "t_n_jf", "奖扶人数")
    c.put("t_n_tf", parse_val(by3["特别扶助金发放人数"]["业绩值"])[1]); c.same("n_tf", "t_n_tf", "特扶人数")
    c.grab(r"奖励扶助每人每月" + NUM + r"(元|万元)，全年" + NUM + r"(元|万元)", ["std_jf", "u_jf", "std_jf_y", "u_jf_y"])
    c.put("t_std_jf", parse_val(by3["奖励扶助标准"]["业绩值"])[1]); c.same("std_jf", "t_std_jf", "奖扶标准")
    if c.money("std_jf", c.g("u_jf")) * 12 != c.money("std_jf_y", c.g("u_jf_y")):
        c.fail("unit_mismatch" if c.g("u_jf") != c.g("u_jf_y") else "sum_mismatch", "奖扶 monthly × 12 ≠ yearly")
    c.grab(r"伤残家庭每人每月" + NUM + r"(元|万元)", ["std_sc", "u_sc"])
    c.grab(r"死亡家庭每人每月" + NUM + r"(元|万元)", ["std_sw", "u_sw"])
    c.grab(r"发放奖励扶助金" + NUM + r"万元、伤残扶助金" + NUM + r"万元、死亡扶助金" + NUM + r"万元，三项合计" + NUM + "万元",
           ["a_jf", "a_sc", "a_sw", "a_sum"])
    c.product("n_jf", "std_jf", "u_jf", 12, "a_jf", what="奖扶金")
    c.product("n_sc", "std_sc", "u_sc", 12, "a_sc", what="伤残金")
    c.product("n_sw", "std_sw", "u_sw", 12, "a_sw", what="死亡金")
    c.sum_(["a_jf", "a_sc", "a_sw"], "a_sum", what="三项合计")
    c.same("a_sum", "zx", "三项合计 = 执行数")
    c.grab(r"四个季度分别发放" + NUM + "万元、" + NUM + "万元、" + NUM + "万元、" + NUM + r"万元，季均" + NUM + "万元",
           ["q1", "q2", "q3", "q4", "q_avg"])
    c.sum_(["q1", "q2", "q3", "q4"], "a_sum", what="quarters")
    c.avg(["q1", "q2", "q3", "q4"], "q_avg", what="季均")
    c.grab(r"全年应发放对象" + NUM + r"人，首次发放时有" + NUM + r"人.*?发放准确率" + NUM + "%", ["n_all", "n_err", "zql"])
    c.sum_(["n_jf", "n_tf"], "n_all", what="应发对象")
    c.put("n_ok", str(c.n("n_all") - c.n("n_err"))); c.rate("n_ok", "n_all", "zql", what="准确率")
    c.put("t_zql", parse_val(by3["扶助金发放准确率"]["业绩值"])[1]); c.same("zql", "t_zql", "准确率 text/table")
    c.grab(NUM + r"名特扶对象中已签约" + NUM + r"人，签约率" + NUM + r"%，未签约的" + NUM + "人", ["n_tf2", "n_qy", "qyl", "n_wq"])
    c.same("n_tf2", "n_tf", "特扶人数"); c.rate("n_qy", "n_tf2", "qyl", what="签约率")
    c.diff("n_tf2", "n_qy", "n_wq", code="sum_mismatch", what="未签约")
    c.put("t_qyl", parse_val(by3["特扶对象家庭医生签约率"]["业绩值"])[1]); c.same("qyl", "t_qyl", "签约率 text/table")
    c.grab(r"共回访" + NUM + r"户，表示满意的" + NUM + r"户，满意度为" + NUM + "%", ["n_hf", "n_my", "myd"])
    c.rate("n_my", "n_hf", "myd", what="满意度")
    c.put("t_myd", parse_val(by3["扶助对象满意度"]["业绩值"])[1]); c.same("myd", "t_myd", "满意度 text/table")
    m = c.grab(r"全年约" + NUM + "万元扶助资金", "approx")
    if not approx_ok(c.n("zx"), c.g("approx")):
        c.fail("conflicting_values", "约 amount")
    # targets in the text vs table
    c.grab(r"奖励扶助对象不少于" + NUM + r"人，特别扶助对象不少于" + NUM + "人", ["g_jf", "g_tf"])
    c.put("t_g_jf", parse_val(by3["奖励扶助金发放人数"]["目标值"])[1]); c.same("g_jf", "t_g_jf", "target 奖扶")
    c.put("t_g_tf", parse_val(by3["特别扶助金发放人数"]["目标值"])[1]); c.same("g_tf", "t_g_tf", "target 特扶")
    return c


def check_hb_zhongxiang(text):
    c = Checker(text)
    Y = 2021
    c.grab(r"对2021年度" + NUM + r"万元计划生育", "y_open")
    c.grab(r"2021年项目预算" + NUM + r"万元，年中未作调整", "y")
    c.same("y_open", "y", "budget opening/body")
    c.grab(r"中央补助" + NUM + r"万元，占" + NUM + r"%；省级补助" + NUM + r"万元，占" + NUM + r"%；荆门市和我市两级配套" + NUM + "万元",
           ["zy", "p_zy", "sj", "p_sj", "pt"])
    c.share("zy", "y", "p_zy", "中央 share"); c.share("sj", "y", "p_sj", "省级 share")
    c.sum_(["zy", "sj", "pt"], "y", what="sources")
    c.grab(r"资金于(\d{4})年3月至9月分三批到位，到位率" + NUM + "%", ["dw_y", "dwl"])
    c.year_is("dw_y", [Y], "到位 year")
    c.rate("y", "y", "dwl", what="到位率 (no 到位 amount: full)")
    c.grab(r"全年支出" + NUM + r"万元，预算执行率" + NUM + r"%，结余" + NUM + r"万元", ["zx", "zxl", "jy"])
    c.rate("zx", "y", "zxl", what="执行率"); c.diff("y", "zx", "jy", what="结余")
    c.grab(r"已于(\d{4})年1月按规定上缴财政", "sj_y"); c.later_year("sj_y", Y, "上缴")
    c.grab(r"本项目2021年度自评得分" + NUM + r"分，评价等级为(\S\S)", ["total", "grade"])
    c.grade("total", "grade", "grade")
    c.grab(r"预算执行指标按20分乘以执行率计分，得" + NUM + "分", "s_ys")
    # people
    c.grab(r"奖励扶助对象" + NUM + r"人，伤残扶助对象" + NUM + r"人，死亡扶助对象" + NUM + r"人，分别比上年增加" + NUM + "人、" + NUM + "人、" + NUM +
           r"人（2020年分别为" + NUM + "人、" + NUM + "人、" + NUM + "人）",
           ["n_jf", "n_sc", "n_sw", "d_jf", "d_sc", "d_sw", "p_jf", "p_sc", "p_sw"])
    for k in ("jf", "sc", "sw"):
        c.diff("n_" + k, "p_" + k, "d_" + k, code="sum_mismatch", what="增加 " + k)
    c.grab(r"奖励扶助每人每年" + NUM + r"(元|万元)；特别扶助伤残、死亡家庭分别为每人每月" + NUM + r"(元|万元)、" + NUM + r"(元|万元)",
           ["std_jf", "u_jf", "std_sc", "u_sc", "std_sw", "u_sw"])
    c.grab(r"全年分别发放奖励扶助金" + NUM + r"万元、伤残扶助金" + NUM + r"万元、死亡扶助金" + NUM + r"万元，合计" + NUM + "万元",
           ["a_jf", "a_sc", "a_sw", "a_sum"])
    c.product("n_jf", "std_jf", "u_jf", 1, "a_jf", what="奖扶金")
    c.product("n_sc", "std_sc", "u_sc", 12, "a_sc", what="伤残金")
    c.product("n_sw", "std_sw", "u_sw", 12, "a_sw", what="死亡金")
    c.sum_(["a_jf", "a_sc", "a_sw"], "a_sum", what="合计")
    c.same("a_sum", "zx", "发放合计 = 支出")
    c.grab(r"全年应发放" + NUM + r"人，因银行账户冻结、身份信息变更等原因退回" + NUM + r"人，经更正后全部补发到位，发放准确率" + NUM +
           r"%，但退回人次比年度控制数多" + NUM + "人次", ["n_all", "n_ret", "zql", "n_over"])
    c.put("n_tf_calc", str(c.n("n_sc") + c.n("n_sw")))
    c.sum_(["n_jf", "n_tf_calc"], "n_all", what="应发")
    c.put("n_ok", str(c.n("n_all") - c.n("n_ret"))); c.rate("n_ok", "n_all", "zql", what="准确率")
    c.grab(r"全市" + NUM + r"名特扶对象中已与家庭医生签约" + NUM + r"人，签约率" + NUM + "%", ["n_tf", "n_qy", "qyl"])
    c.sum_(["n_sc", "n_sw"], "n_tf", what="特扶人数")
    c.rate("n_qy", "n_tf", "qyl", what="签约率")
    c.grab(r"知晓率为" + NUM + r"%（2020年为" + NUM + "%）", ["zxl2", "zxl_prev"])
    c.plausible("zxl2", "知晓率"); c.plausible("zxl_prev", "知晓率 2020")
    c.grab(r"电话回访特扶家庭" + NUM + r"户，表示满意的" + NUM + r"户，满意度" + NUM + "%", ["n_hf", "n_my", "myd"])
    c.rate("n_my", "n_hf", "myd", what="满意度")
    c.grab(r"一是发放退回" + NUM + r"人次，超出了" + NUM + "人次的年度控制数", ["n_ret2", "ctl"])
    c.same("n_ret2", "n_ret", "退回人次")
    c.diff("n_ret2", "ctl", "n_over", code="sum_mismatch", what="超出人次")
    c.grab(r"二是预算执行率" + NUM + "%", "zxl_b"); c.same("zxl_b", "zxl", "执行率 restated")
    c.grab(r"奖励扶助对象不少于" + NUM + r"人，特别扶助对象不少于" + NUM + r"人，发放准确率不低于" + NUM + r"%，特扶对象家庭医生签约率不低于" + NUM +
           r"%，服务对象满意度不低于" + NUM + "%", ["g_jf", "g_tf", "g_zql", "g_qyl", "g_myd"])

    header, rows = find_table(text, ["三级指标", "实际完成值", "完成率"])
    cols = dict(l1="一级指标", l2="二级指标", l3="三级指标", w="分值", s="得分", t="年度指标值", a="实际完成值", comp="完成率")
    total, groups = indicator_table(c, rows, cols, Y)
    by3 = {r["三级指标"]: r for r in rows}
    c.put("t_total", total); c.same("total", "t_total", "总分 text/table")
    c.put("t_s_ys", by3["全年执行数/全年预算数"]["得分"]); c.same("s_ys", "t_s_ys", "execution score")
    pairs = [("zxl", "全年执行数/全年预算数"), ("n_jf", "奖励扶助对象人数"), ("n_tf", "特别扶助对象人数"), ("zql", "扶助金发放准确率"),
             ("n_ret", "发放退回人次"), ("std_sw", "死亡家庭扶助标准"), ("qyl", "特扶对象家庭医生签约率"), ("myd", "特扶家庭满意度")]
    for k, row in pairs:
        c.put("t_" + k, parse_val(by3[row]["实际完成值"])[1]); c.same(k, "t_" + k, row + " text/table")
    for k, row in (("g_jf", "奖励扶助对象人数"), ("g_tf", "特别扶助对象人数"), ("g_zql", "扶助金发放准确率"),
                   ("g_qyl", "特扶对象家庭医生签约率"), ("g_myd", "特扶家庭满意度"), ("ctl", "发放退回人次")):
        c.put("t_" + k, parse_val(by3[row]["年度指标值"])[1]); c.same(k, "t_" + k, row + " target text/table")
    return c


def check_sc_gaoxian(text):
    c = Checker(text)
    Y = 2023
    c.grab(r"2023年项目全年预算" + NUM + r"万元，年初批复后未作调整", "y")
    c.grab(r"奖励扶助" + NUM + r"万元，特别扶助" + NUM + r"万元。", ["y_jf", "y_tf"])
    c.sum_(["y_jf", "y_tf"], "y", what="budget by kind")
    c.grab(r"中央资金" + NUM + r"万元，占" + NUM + r"%；省级资金" + NUM + r"万元，占" + NUM + r"%；县级配套资金" + NUM + "万元",
           ["zy", "p_zy", "sj", "p_sj", "xj"])
    c.share("zy", "y", "p_zy", "中央 share"); c.share("sj", "y", "p_sj", "省级 share")
    c.sum_(["zy", "sj", "xj"], "y", what="sources")
    c.grab(r"上级资金于(\d{4})年5月前全部下达", "xd_y"); c.year_is("xd_y", [Y - 1, Y], "下达")
    c.grab(r"全年到位" + NUM + "万元", "dw"); c.same("dw", "y", "到位 = 预算 (全部下达、到位)")
    c.grab(r"全年实际支出" + NUM + r"万元，预算执行率" + NUM + "%", ["zx", "zxl"])
    c.rate("zx", "y", "zxl", what="执行率")
    c.grab(r"其中奖励扶助支出" + NUM + r"万元，执行率" + NUM + r"%；特别扶助支出" + NUM + r"万元，执行率" + NUM + "%",
           ["zx_jf", "zxl_jf", "zx_tf", "zxl_tf"])
    c.sum_(["zx_jf", "zx_tf"], "zx", what="spending by kind")
    c.rate("zx_jf", "y_jf", "zxl_jf", what="奖扶执行率"); c.rate("zx_tf", "y_tf", "zxl_tf", what="特扶执行率")
    c.grab(r"年末结余" + NUM + "万元", "jy"); c.diff("dw", "zx", "jy", what="结余")
    c.grab(r"已按规定结转至(\d{4})年", "jz_y"); c.later_year("jz_y", Y, "carry-over")
    c.grab(r"全年新增奖扶对象" + NUM + r"人，因死亡等原因退出" + NUM + r"人，净增" + NUM + "人", ["n_new", "n_out", "n_net"])
    c.diff("n_new", "n_out", "n_net", code="sum_mismatch", what="净增")
    c.grab(r"死亡扶助对象分别为" + NUM + "人、" + NUM + "人、" + NUM + r"人（上年分别为" + NUM + "人、" + NUM + "人、" + NUM + "人）",
           ["n_jf", "n_sc", "n_sw", "p_jf", "p_sc", "p_sw"])
    c.diff("n_jf", "p_jf", "n_net", code="sum_mismatch", what="奖扶 net change")
    c.grab(r"奖励扶助每人每月" + NUM + r"(元|万元)；伤残家庭每人每月" + NUM + r"(元|万元)；死亡家庭每人每月" + NUM + r"(元|万元)",
           ["std_jf", "u_jf", "std_sc", "u_sc", "std_sw", "u_sw"])
    c.grab(r"全年分别发放" + NUM + "万元、" + NUM + "万元、" + NUM + "万元", ["a_jf", "a_sc", "a_sw"])
    c.product("n_jf", "std_jf", "u_jf", 12, "a_jf", what="奖扶金")
    c.product("n_sc", "std_sc", "u_sc", 12, "a_sc", what="伤残金")
    c.product("n_sw", "std_sw", "u_sw", 12, "a_sw", what="死亡金")
    c.same("a_jf", "zx_jf", "奖扶金 = 奖扶支出")
    c.sum_(["a_sc", "a_sw"], "zx_tf", code="conflicting_values", what="特扶金 = 特扶支出")
    c.grab(r"年初计划审核确认新增奖扶对象" + NUM + r"人，实际确认" + NUM + r"人，完成率" + NUM + "%", ["plan_new", "n_new2", "wcl_new"])
    c.same("n_new2", "n_new", "新增人数")
    c.rate("n_new2", "plan_new", "wcl_new", code="completion_mismatch", what="新增完成率", bounded=False)
    c.grab(r"新增奖扶对象审核确认" + NUM + "人", "g_new"); c.same("g_new", "plan_new", "新增 target")
    c.grab(r"全年应发放对象" + NUM + r"人，因信息变更未及时更新发放错误" + NUM + r"人，均已追回或补发，发放准确率" + NUM + "%",
           ["n_all", "n_err", "zql"])
    c.put("n_tf_calc", str(c.n("n_sc") + c.n("n_sw")))
    c.sum_(["n_jf", "n_tf_calc"], "n_all", what="应发")
    c.put("n_ok", str(c.n("n_all") - c.n("n_err"))); c.rate("n_ok", "n_all", "zql", what="准确率")
    c.grab(NUM + r"名特扶对象中已有" + NUM + r"人三项服务全部落实，落实率" + NUM + "%", ["n_tf", "n_3", "l3"])
    c.sum_(["n_sc", "n_sw"], "n_tf", what="特扶人数")
    c.rate("n_3", "n_tf", "l3", what="落实率")
    c.grab(r"住院护理补贴保险参保" + NUM + r"人，参保率" + NUM + "%", ["n_cb", "cbl"])
    c.rate("n_cb", "n_tf", "cbl", what="参保率")
    c.grab(r"服务对象满意度为" + NUM + "%", "myd"); c.plausible("myd", "满意度")
    c.grab(r"本项目2023年度自评得分" + NUM + r"分，等级为(\S)（2022年度自评得分" + NUM + "分）", ["total", "grade", "prev"])
    c.grade("total", "grade", "grade"); c.score_max("prev", what="2022 score")
    c.grab(r"奖励扶助对象不少于" + NUM + r"人、特别扶助对象不少于" + NUM + r"人，扶助金发放准确率不低于" + NUM + "%",
           ["g_jf", "g_tf", "g_zql"])

    header, rows = find_table(text, ["年初预算数", "分值"])
    tot = funds_block(c, rows, "项目资金（万元）", ["其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"])
    for k, col in (("y", "全年预算数"), ("zx", "全年执行数")):
        c.put("t_" + k, tot[col]); c.same(k, "t_" + k, col + " text/table")
    c.put("t_y0", tot["年初预算数"]); c.same("y", "t_y0", "未作调整: 年初 = 全年", code="rate_mismatch")
    c.put("t_zxl", tot["执行率"].rstrip("%")); c.same("zxl", "t_zxl", "执行率 text/table")

    header, rows = find_table(text, ["三级指标", "度量单位"])
    cols = dict(l1="一级指标", l2="二级指标", l3="三级指标", w="分值", s="得分", t="指标值", a="实际完成值", nat="指标性质",
                unit="度量单位")
    total, groups = indicator_table(c, rows, cols, Y, extra_w=tot["分值"], extra_s=tot["得分"])
    c.put("t_total", total); c.same("total", "t_total", "总分 text/table")
    by3 = {r["三级指标"]: r for r in rows}
    for k, row in (("n_jf", "奖励扶助对象人数"), ("n_tf", "特别扶助对象人数"), ("zql", "扶助金发放准确率"),
                   ("std_sw", "死亡家庭扶助标准"), ("l3", "特扶家庭\"三个全覆盖\"落实率"), ("cbl", "住院护理补贴保险参保率"),
                   ("myd", "扶助对象满意度")):
        c.put("t_" + k, parse_val(by3[row]["实际完成值"])[1]); c.same(k, "t_" + k, row + " text/table")
    for k, row in (("g_jf", "奖励扶助对象人数"), ("g_tf", "特别扶助对象人数"), ("g_zql", "扶助金发放准确率")):
        c.put("t_" + k, by3[row]["指标值"]); c.same(k, "t_" + k, row + " target text/table")
    return c


def check_hn_longhui(text):
    c = Checker(text)
    Y = 2018
    c.grab(r"2018年该项目年初预算" + NUM + r"万元，因新增特别扶助对象，下半年追加" + NUM + r"万元，全年预算" + NUM + "万元",
           ["y0", "zj", "y"])
    c.sum_(["y0", "zj"], "y", what="年初+追加")
    c.grab(r"其中中央资金" + NUM + r"万元，占" + NUM + r"%；省级资金" + NUM + r"万元，占" + NUM + r"%；县级配套" + NUM + r"万元，占" + NUM + "%",
           ["zy", "p_zy", "sj", "p_sj", "xj", "p_xj"])
    for k in ("zy", "sj", "xj"):
        c.share(k, "y", "p_" + k, k + " share")
    c.sum_(["zy", "sj", "xj"], "y", what="sources")
    c.grab(r"县级配套实际到位" + NUM + r"万元，全年到位资金" + NUM + r"万元，到位率" + NUM + "%", ["xj_dw", "dw", "dwl"])
    c.sum_(["zy", "sj", "xj_dw"], "dw", what="到位 by source")
    c.rate("dw", "y", "dwl", what="到位率")
    c.grab(r"全年支出" + NUM + r"万元，预算执行率" + NUM + r"%，结余" + NUM + "万元", ["zx", "zxl", "jy"])
    c.rate("zx", "y", "zxl", what="执行率"); c.diff("dw", "zx", "jy", what="结余")
    ms = re.findall(r"有" + NUM + r"万元(?:未到位|需在下年度补足)", text)
    if len(ms) != 2:
        raise StructureError("8.60 mentions")
    for s in ms:
        c.put("gap", s); c.diff("xj", "xj_dw", "gap", code="balance_mismatch", what="县级未到位")
    c.grab(r"死亡扶助对象分别为" + NUM + "人、" + NUM + "人、" + NUM + r"人（2017年分别为" + NUM + "人、" + NUM + "人、" + NUM +
           r"人），特扶对象合计" + NUM + "人", ["n_jf", "n_sc", "n_sw", "p_jf", "p_sc", "p_sw", "n_tf"])
    c.sum_(["n_sc", "n_sw"], "n_tf", what="特扶合计")
    c.grab(r"三类对象分别比上年增加" + NUM + "人、" + NUM + "人、" + NUM + "人", ["d_jf", "d_sc", "d_sw"])
    for k in ("jf", "sc", "sw"):
        c.diff("n_" + k, "p_" + k, "d_" + k, code="sum_mismatch", what="增加 " + k)
    c.grab(r"奖励扶助每人每年" + NUM + r"(元|万元)；独生子女伤残家庭每人每月" + NUM + r"(元|万元)，死亡家庭每人每月" + NUM + r"(元|万元)",
           ["std_jf", "u_jf", "std_sc", "u_sc", "std_sw", "u_sw"])
    c.grab(r"全年共发放奖励扶助金" + NUM + r"万元、伤残扶助金" + NUM + r"万元、死亡扶助金" + NUM + r"万元，于(\d{4})年6月25日前",
           ["a_jf", "a_sc", "a_sw", "ff_y"])
    c.year_is("ff_y", [Y], "发放 year")
    c.product("n_jf", "std_jf", "u_jf", 1, "a_jf", what="奖扶金")
    c.product("n_sc", "std_sc", "u_sc", 12, "a_sc", what="伤残金")
    c.product("n_sw", "std_sw", "u_sw", 12, "a_sw", what="死亡金")
    c.sum_(["a_jf", "a_sc", "a_sw"], "zx", code="conflicting_values", what="发放合计 = 支出")
    c.grab(r"全年应发对象" + NUM + r"人，因户籍信息与身份证信息不一致等原因错发、漏发" + NUM + r"人，年底前已全部纠正，发放准确率" + NUM + "%",
           ["n_all", "n_err", "zql"])
    c.sum_(["n_jf", "n_tf"], "n_all", what="应发")
    c.put("n_ok", str(c.n("n_all") - c.n("n_err"))); c.rate("n_ok", "n_all", "zql", what="准确率")
    c.grab(r"免费开展健康体检" + NUM + r"人，实际体检" + NUM + r"人，完成率" + NUM + r"%，体检覆盖全部特扶对象的" + NUM + "%",
           ["plan_tj", "n_tj", "wcl_tj", "tjl"])
    c.rate("n_tj", "plan_tj", "wcl_tj", code="completion_mismatch", what="体检完成率", bounded=False)
    c.rate("n_tj", "n_tf", "tjl", what="体检覆盖率")
    c.grab(r"政策的知晓率为" + NUM + "%", "zxl2"); c.plausible("zxl2", "知晓率")
    c.grab(r"预算执行得" + NUM + r"分，产出、效益、满意度三类绩效指标合计得" + NUM + r"分，本项目自评总分" + NUM + r"分，评价等级为(\S)",
           ["s_ys", "s_ind", "total", "grade"])
    c.sum_(["s_ys", "s_ind"], "total", code="score_sum_mismatch", what="text total")
    c.grade("total", "grade", "grade")
    c.grab(r"奖励扶助对象不少于" + NUM + r"人，特别扶助死亡家庭对象不少于" + NUM + r"人、伤残家庭对象不少于" + NUM + r"人；扶助金发放准确率达到" + NUM +
           r"%，每年6月底前完成发放；特扶对象健康体检覆盖率不低于" + NUM + r"%；政策知晓率不低于" + NUM + r"%；扶助对象满意度不低于" + NUM + "%",
           ["g_jf", "g_sw", "g_sc", "g_zql", "g_tjl", "g_zxl", "g_myd"])

    header, rows = find_table(text, ["年初预算数", "分值"])
    tot = funds_block(c, rows, "项目资金（万元）", ["其中：当年财政拨款", "上年结转资金", "其他资金"])
    for k, col in (("y0", "年初预算数"), ("y", "全年预算数"), ("zx", "全年执行数"), ("s_ys", "得分")):
        c.put("t_" + k, tot[col]); c.same(k, "t_" + k, col + " text/table")
    c.put("t_zxl", tot["执行率"].rstrip("%")); c.same("zxl", "t_zxl", "执行率 text/table")

    header, rows = find_table(text, ["三级指标", "实际完成值"])
    cols = dict(l1="一级指标", l2="二级指标", l3="三级指标", w="分值", s="得分", t="年度指标值", a="实际完成值")
    _, groups = indicator_table(c, rows, cols, Y, extra_w=tot["分值"], extra_s=tot["得分"], total_score=c.g("total"))
    ind = sum((dec(g[2]["得分"]) for g in groups), D(0))
    if not close(ind, c.g("s_ind")):
        c.fail("score_sum_mismatch", f"indicator subtotal {ind} vs text {c.g('s_ind')}")
    by3 = {r["三级指标"]: r for r in rows}
    for k, row in (("n_jf", "奖励扶助对象人数"), ("n_sw", "特别扶助（死亡）对象人数"), ("n_sc", "特别扶助（伤残）对象人数"),
                   ("zql", "扶助金发放准确率"), ("tjl", "特扶对象健康体检覆盖率"), ("zxl2", "计生家庭扶助政策知晓率")):
        c.put("t_" + k, parse_val(by3[row]["实际完成值"])[1]); c.same(k, "t_" + k, row + " text/table")
    for k, row in (("g_jf", "奖励扶助对象人数"), ("g_sw", "特别扶助（死亡）对象人数"), ("g_sc", "特别扶助（伤残）对象人数"),
                   ("g_zql", "扶助金发放准确率"), ("g_tjl", "特扶对象健康体检覆盖率"), ("g_zxl", "计生家庭扶助政策知晓率"),
                   ("g_myd", "扶助对象满意度")):
        c.put("t_" + k, parse_val(by3[row]["年度指标值"])[1]); c.same(k, "t_" + k, row + " target text/table")
    return c


def check_cq_qijiang(text):
    c = Checker(text)
    Y = 2022
    c.grab(r"家庭成员共" + NUM + "人", "n_tf_a")
    c.grab(r"全区" + NUM + "名特扶对象全部落实", "n_tf_c")
    c.grab(r"收入合计" + NUM + r"万元，支出合计" + NUM + r"万元，年末结转结余" + NUM + r"万元，部门预算执行率" + NUM + "%",
           ["sr", "zc", "jy", "zxl"])
    c.diff("sr", "zc", "jy", what="结转结余"); c.rate("zc", "sr", "zxl", what="部门预算执行率")
    c.grab(r"已按规定结转至(\d{4})年使用", "jz_y"); c.later_year("jz_y", Y, "carry-over")
    c.grab(r"人员经费" + NUM + r"万元，公用经费" + NUM + "万元", ["ry", "gy"])
    c.grab(r"“三公”经费支出" + NUM + r"万元（2021年为" + NUM + r"万元），下降" + NUM + "%", ["sg", "sg_p", "sg_d"])
    c.put("sg_dd", str(c.n("sg_p") - c.n("sg"))); c.rate("sg_dd", "sg_p", "sg_d", what="三公 decline")
    header, rows = find_table(text, ["项目", "金额"])
    by = {r["项目"]: r["金额"] for r in rows}
    c.put("t_in1", by["一般公共预算财政拨款收入"]); c.put("t_in2", by["上年结转"]); c.put("t_in3", by["其他收入"])
    c.put("t_sr", by["收入合计"]); c.put("t_jb", by["基本支出"]); c.put("t_xm", by["项目支出"]); c.put("t_zc", by["支出合计"])
    c.sum_(["t_in1", "t_in2", "t_in3"], "t_sr", what="收入合计")
    c.sum_(["t_jb", "t_xm"], "t_zc", what="支出合计")
    c.sum_(["ry", "gy"], "t_jb", what="基本支出")
    c.same("sr", "t_sr", "收入 text/table"); c.same("zc", "t_zc", "支出 text/table")

    c.grab(r"全区特别扶助对象" + NUM + r"人，其中伤残家庭" + NUM + r"人、死亡家庭" + NUM + r"人，扶助标准分别为每人每月" + NUM + r"(元|万元)和" + NUM +
           r"(元|万元)，全年分别发放" + NUM + r"万元和" + NUM + "万元",
           ["n_tf", "n_sc", "n_sw", "std_sc", "u_sc", "std_sw", "u_sw", "a_sc", "a_sw"])
    c.sum_(["n_sc", "n_sw"], "n_tf", what="特扶人数")
    c.same("n_tf_a", "n_tf", "特扶人数 overview"); c.same("n_tf_c", "n_tf", "特扶人数 （四）")
    c.product("n_sc", "std_sc", "u_sc", 12, "a_sc", what="伤残金")
    c.product("n_sw", "std_sw", "u_sw", 12, "a_sw", what="死亡金")
    c.grab(r"奖励扶助对象" + NUM + r"人，按每人每年" + NUM + r"(元|万元)发放" + NUM + r"万元（2021年为" + NUM + "人）",
           ["n_jf", "std_jf", "u_jf", "a_jf", "p_jf"])
    c.product("n_jf", "std_jf", "u_jf", 1, "a_jf", what="奖扶金")
    c.grab(r"一次性奖励" + NUM + r"人，每人" + NUM + r"(元|万元)，共" + NUM + "万元", ["n_dz", "std_dz", "u_dz", "a_dz"])
    c.product("n_dz", "std_dz", "u_dz", 1, "a_dz", what="一次性奖励")
    m = c.grab(r"享受奖励扶助和独生子女父母奖励的对象(\d)万余人", "wan")
    if not (c.n("wan") * 10000 <= c.n("n_jf") + c.n("n_dz") < (c.n("wan") + 1) * 10000):
        c.fail("conflicting_values", "3万余人")
    c.grab(r"特别扶助和奖励扶助资金合计" + NUM + r"万元，其中中央补助" + NUM + r"万元，占" + NUM + r"%；市级补助" + NUM + r"万元，占" + NUM +
           r"%；区级承担" + NUM + "万元", ["a_tj", "zy", "p_zy", "shi", "p_shi", "qu"])
    c.sum_(["a_sc", "a_sw", "a_jf"], "a_tj", what="特扶+奖扶")
    c.share("zy", "a_tj", "p_zy", "中央 share"); c.share("shi", "a_tj", "p_shi", "市级 share")
    c.sum_(["zy", "shi", "qu"], "a_tj", what="sources")
    c.grab(r"全年应发放各类对象" + NUM + r"人，因银行账户注销等原因发放不成功" + NUM + r"人，经核实后重新发放，发放准确率" + NUM + "%",
           ["n_all", "n_err", "zql"])
    c.sum_(["n_tf", "n_jf", "n_dz"], "n_all", what="应发")
    c.put("n_ok", str(c.n("n_all") - c.n("n_err"))); c.rate("n_ok", "n_all", "zql", what="准确率")
    c.grab(r"各项目均按预算执行" + NUM + r"分、产出" + NUM + r"分、效益" + NUM + r"分、满意度" + NUM + "分设置指标权重",
           ["w1", "w2", "w3", "w4"])
    c.put("hundred", "100"); c.sum_(["w1", "w2", "w3", "w4"], "hundred", code="weight_sum_mismatch", what="project weights")
    # key projects
    header, rows = find_table(text, ["项目名称", "自评得分"])
    body = [r for r in rows if r["项目名称"] != "合计"]
    tot = [r for r in rows if r["项目名称"] == "合计"][0]
    for col in ("全年预算数", "全年执行数"):
        s = sum((dec(r[col]) for r in body), D(0))
        if not close(s, tot[col]):
            c.fail("sum_mismatch", f"key projects {col}: {s} ≠ {tot[col]}")
    for r in rows:
        rr = dec(r["全年执行数"]) / dec(r["全年预算数"]) * 100
        if not close(rr, r["执行率"].rstrip("%")):
            c.fail("rate_mismatch", f"{r['项目名称']}: {rr:.4f} ≠ {r['执行率']}")
        if dec(r["执行率"].rstrip("%")) > 100:
            c.fail("implausible_rate", r["项目名称"])
    for r in body:
        s = dec(r["自评得分"])
        if s > 100 or s < 0:
            c.fail("score_exceeds_weight", f"{r['项目名称']}: {r['自评得分']} > 100")
        if grade_of(s) != GRADE_WORDS[r["等级"]]:
            c.fail("grade_mismatch", f"{r['项目名称']}: {r['自评得分']} → {grade_of(s)}, stated {r['等级']}")
    kp = {r["项目名称"]: r for r in body}
    c.put("t_a_tf", kp["计划生育特别扶助"]["全年执行数"]); c.sum_(["a_sc", "a_sw"], "t_a_tf", code="conflicting_values", what="特扶执行")
    c.put("t_a_jf", kp["农村部分计划生育家庭奖励扶助"]["全年执行数"]); c.same("a_jf", "t_a_jf", "奖扶执行")
    c.put("t_a_dz", kp["独生子女父母奖励"]["全年执行数"]); c.same("a_dz", "t_a_dz", "奖励执行")
    c.put("ratio_base", tot["全年执行数"])
    m = c.grab(r"相关资金占我委项目支出的三分之一左右", [])
    if abs(dec(tot["全年执行数"]) / c.n("t_xm") - D(1) / 3) > D("0.02"):
        c.fail("conflicting_values", "三分之一左右")
    c.grab(r"满意度分别为" + NUM + "%、" + NUM + "%、" + NUM + r"%，平均" + NUM + r"%，高于" + NUM + "%的年度目标",
           ["m1", "m2", "m3", "m_avg", "m_goal"])
    c.avg(["m1", "m2", "m3"], "m_avg", what="满意度平均")
    for k in ("m1", "m2", "m3", "m_avg"):
        c.plausible(k, "满意度")
    c.grab(r"服务对象满意度不低于" + NUM + "%", "g_myd"); c.same("g_myd", "m_goal", "满意度 target")
    c.grab(r"发放准确率不低于" + NUM + "%", "g_zql")
    if c.n("zql") < c.n("g_zql"):
        c.fail("conflicting_values", "准确率 below target but full marks")
    # department score table
    c.grab(r"进行了自评，自评得分" + NUM + r"分，等级为(\S)", ["total", "grade"])
    c.grade("total", "grade", "grade")
    header, rows = find_table(text, ["一级指标", "二级指标", "分值", "得分"])
    cols = dict(l1="一级指标", l2="二级指标", w="分值", s="得分")
    total, groups = indicator_table(c, rows, cols, Y)
    c.put("t_total", total); c.same("total", "t_total", "总分 text/table")
    by2 = {r["二级指标"]: r for r in rows}
    r = by2["预算执行率"]
    cands = [dec(r["分值"]) * c.n("zc") / c.n("sr"), dec(r["分值"]) * c.n("zxl") / 100]
    if not any(close(x.quantize(D("0.01"), ROUND_HALF_UP), r["得分"]) for x in cands):
        c.fail("score_rule_mismatch", "预算执行率 score")
    c.grab(r"资金管理合规性因个别乡镇扶助对象档案资料不全扣" + NUM + "分", "k1")
    c.grab(r"社会效益因特扶家庭住院护理补贴保险参保工作进度偏慢扣" + NUM + "分", "k2")
    for k, row in (("k1", "资金管理合规性"), ("k2", "社会效益")):
        c.put("t_w_" + k, by2[row]["分值"]); c.put("t_s_" + k, by2[row]["得分"])
        c.diff("t_w_" + k, "t_s_" + k, k, code="score_sum_mismatch", what="扣分 " + row)
    return c


CHECKS = {
    "sx-wenxi-jiangfutefu-2020": check_sx_wenxi,
    "hb-zhongxiang-jishengfuzhu-2021": check_hb_zhongxiang,
    "sc-gaoxian-jiangfutefu-2023": check_sc_gaoxian,
    "hn-longhui-jishengjiangfu-2018": check_hn_longhui,
    "cq-qijiang-weijianwei-bumen-2022": check_cq_qijiang,
}


# ----------------------------------------------------------------------------------------------
# edit-level checks

def changed_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j     # [i, ea) in a, [i, eb) in b


def token_at(s, start, end):
    """the whole number (or the changed word) around [start, end) of s"""
    num = re.compile(r"\d+(?:\.\d+)?")
    for m in num.finditer(s):
        if m.start() <= start and end <= m.end() or (start <= m.start() < end) or (start < m.end() <= end):
            return m.group(0)
    for m in num.finditer(s):          # a unit changed right after a figure: the figure is the token
        if m.end() == start:
            return m.group(0)
    return s[start:end]


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    if len(labels) != 35:
        problems.append(f"{len(labels)} cases, expected 35")
    counts = {}
    clean_text = {}
    for l in labels:
        if l["clean"]:
            clean_text[l["source"]] = open(os.path.join(CASES, l["case"]), encoding="utf-8").read()
    if len(clean_text) != 5:
        problems.append("expected five clean drafts")
    for src, t in clean_text.items():
        n = len(t)
        if not 2800 <= n <= 3400:
            problems.append(f"{src}: clean draft has {n} characters")
    for l in labels:
        name, src = l["case"], l["source"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        try:
            c = CHECKS[src](text)
        except StructureError as e:
            problems.append(f"{name}: structure: {e}")
            continue
        failed = {code for code, _ in c.fails}
        for code, msg in c.fails:
            if code not in ERROR_CODES + WARNING_CODES:
                problems.append(f"{name}: unknown code {code}")
        if l["clean"]:
            if l["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            for code, msg in c.fails:
                problems.append(f"{name}: clean draft fails {code}: {msg}")
            continue
        if len(l["expected"]) != 1:
            problems.append(f"{name}: expected one label")
            continue
        lab = l["expected"][0]
        code, value = lab["code"], lab["value"]
        counts[code] = counts.get(code, 0) + 1
        if lab["severity"] != "error" or code not in ERROR_CODES:
            problems.append(f"{name}: bad code/severity {code}/{lab['severity']}")
        if value not in text:
            problems.append(f"{name}: label value {value!r} not in case")
        clean = clean_text[src]
        i, ea, eb = changed_region(clean, text)
        if ea < i and eb < i:
            problems.append(f"{name}: identical to the clean draft")
        # one contiguous place overlapping the label value
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not any(s < max(eb, i + 1) and i < s + len(value) for s in occ):
            problems.append(f"{name}: change at [{i},{eb}) does not overlap the label value")
        # the changed figure occurs once in the clean draft (twice or more for conflicting_values)
        old_tok = token_at(clean, i, max(ea, i + 1))
        if re.fullmatch(r"\d+(?:\.\d+)?", old_tok) and len(old_tok) >= 3 and not re.fullmatch(r"20\d\d", old_tok):
            k = len(re.findall(r"(?<![\d.])" + re.escape(old_tok) + r"(?![\d]|\.\d)", clean))
            if code == "conflicting_values":
                if k < 2:
                    problems.append(f"{name}: conflicting figure {old_tok} occurs {k} times in the clean draft")
            elif k != 1:
                problems.append(f"{name}: changed figure {old_tok} occurs {k} times in the clean draft")
        err = {x for x in failed if x in ERROR_CODES}
        if code not in err:
            problems.append(f"{name}: labelled {code} does not fail (fails: {sorted(failed)})")
        other = err - {code}
        if other:
            problems.append(f"{name}: other error codes fail: " +
                            "; ".join(f"{cd}: {m}" for cd, m in c.fails if cd in other))
        warn = failed & set(WARNING_CODES)
        if warn:
            print(f"note {name}: warning-level {sorted(warn)}")
    for code in ERROR_CODES:
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} used {counts.get(code, 0)} times (< 2)")
    for p in problems:
        print("PROBLEM", p)
    if problems:
        print(f"FAILED ({len(problems)} problems)")
        sys.exit(1)
    print("per code:", ", ".join(f"{k} {counts[k]}" for k in ERROR_CODES))
    print("OK")


if __name__ == "__main__":
    main()
