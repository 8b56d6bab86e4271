#!/usr/bin/env python3
"""Verify this test set (standard library only, decimal.Decimal).

1. every label value occurs in its case; every error case differs from its clean draft in one
   contiguous place that overlaps the label value; a changed figure occurs once in the clean
   draft (twice or more for conflicting_values);
2. each of the 13 error codes of errors.md §A is used at least twice;
3. the arithmetic of every draft is recomputed from the case text itself (figures are read
   with anchored patterns, so an injected slip is read as written): every check passes on a
   clean draft; on an error case the labelled code fails and no other error-level code fails.

Tolerance (rules.md §8): a stated value with d decimals matches a computed value c iff
|c - v| <= 0.5 * 10^-d (+1e-9). Money is compared after normalising to 万元, judged in the unit
as written. Rounding is ROUND_HALF_UP where a value is printed.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, getcontext

getcontext().prec = 40
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
NUM = r"(\d+(?:\.\d+)?)"
ALL_CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
             "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
             "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
             "completion_mismatch"]
SCALES = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]


class ParseError(Exception):
    pass


# ----------------------------------------------------------------------------- numbers
class Num:
    """A stated number: string as written, decimals, and a factor to a base unit
    (万元 for money, 株/亩 for counts, 1 for percents and scores)."""

    def __init__(self, s, factor=D(1), unit=""):
        self.s = s
        self.v = D(s)
        self.d = len(s.split(".")[1]) if "." in s else 0
        self.factor = D(factor)
        self.unit = unit
        self.base = self.v * self.factor

    def tol(self):
        return D("0.5") * D(10) ** (-self.d) + D("1e-9")

    def close(self, c_base):
        return abs(D(c_base) / self.factor - self.v) <= self.tol()

    def __repr__(self):
        return f"{self.s}{self.unit}"


MONEY = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}


def money(s, unit):
    return Num(s, MONEY[unit], unit)


def one(text, pattern, flags=0):
    ms = list(re.finditer(pattern, text, flags))
    if len(ms) != 1:
        raise ParseError(f"pattern matched {len(ms)} times: {pattern!r}")
    return ms[0]


def M(text, pattern):
    """pattern with groups (number, money unit)."""
    m = one(text, pattern)
    return money(m.group(1), m.group(2))


def Q(text, pattern, group=1, factor=1, unit=""):
    m = one(text, pattern)
    return Num(m.group(group), D(factor), unit)


def QS(text, pattern, factor=1, unit=""):
    m = one(text, pattern)
    return [Num(g, D(factor), unit) for g in m.groups()]


def S(text, pattern, group=1):
    return one(text, pattern).group(group)


def num_of(cell):
    m = re.search(NUM, cell)
    return D(m.group(1)) if m else None


def unit_of(cell):
    c = cell.strip()
    if re.search(r"\d{1,2}月", c) and re.search(r"[日底前]", c):
        return "date"
    if not re.search(r"\d", c):
        return "qual"
    u = re.sub(r"^[≥≤＞＜<>=＝]+", "", c)
    u = re.sub(r"^\d+(?:\.\d+)?", "", u)
    return u


def direction(target):
    t = target.strip()
    if t.startswith(("≤", "＜", "<")):
        return "lte"
    if t.startswith(("≥", "＞", ">")):
        return "gte"
    return "eq"


def pct(cell):
    """'96.00%' -> Num; '—' -> None."""
    c = cell.strip()
    if c in ("—", "-", "－", ""):
        return None
    return Num(c.rstrip("%"))


GRADE_NORM = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


# ----------------------------------------------------------------------------- results
class Results:
    def __init__(self):
        self.items = []  # (code, severity, ok, message)

    def add(self, code, ok, msg, sev="error"):
        self.items.append((code, sev, bool(ok), msg))

    def failing(self, sev="error"):
        return sorted({c for c, s, ok, _ in self.items if s == sev and not ok})


def rescaled(ok_fn, terms):
    """True if ok_fn(list of bases) holds after rescaling exactly one term by 10^±4 / 10^±8."""
    bases = [t.base for t in terms]
    for i in range(len(bases)):
        for k in SCALES:
            trial = list(bases)
            trial[i] = bases[i] * k
            if ok_fn(trial):
                return True
    return False


def chk_sum(R, name, parts, total, code="sum_mismatch"):
    """total == Σ parts (bases)."""
    def ok_fn(b):
        return abs(sum(b[:-1]) / total.factor - b[-1] / total.factor) <= total.tol()
    s = sum(p.base for p in parts)
    if total.close(s):
        R.add(code, True, name)
        return
    if rescaled(ok_fn, list(parts) + [total]):
        R.add("unit_mismatch", False, f"{name}: {parts} vs {total} reconciled by a 10^4/10^8 rescale")
    else:
        R.add(code, False, f"{name}: Σ{parts} = {s / total.factor} vs stated {total}")


def chk_diff(R, name, a, b, stated, code):
    """stated == a - b (bases)."""
    c = a.base - b.base
    if stated.close(c):
        R.add(code, True, name)
        return
    def ok_fn(x):
        return abs((x[0] - x[1]) / stated.factor - x[2] / stated.factor) <= stated.tol()
    if rescaled(ok_fn, [a, b, stated]):
        R.add("unit_mismatch", False, f"{name}: rescale reconciles")
    else:
        R.add(code, False, f"{name}: {a} - {b} = {c / stated.factor} vs stated {stated}")


def chk_prod(R, name, a, b, total, code="sum_mismatch"):
    """total == a × b (bases); a per-unit amount times a count."""
    c = a.base * b.base
    if total.close(c):
        R.add(code, True, name)
        return
    def ok_fn(x):
        return abs(x[0] * x[1] / total.factor - x[2] / total.factor) <= total.tol()
    if rescaled(ok_fn, [a, b, total]):
        R.add("unit_mismatch", False, f"{name}: {a} × {b} vs {total}: off by a power of ten")
    else:
        R.add(code, False, f"{name}: {a} × {b} = {c / total.factor} vs stated {total}")


def chk_rate(R, name, num, den, stated, code="rate_mismatch"):
    """stated (Num percent or None for '—') == num/den × 100; zero base -> only '—' or 0."""
    if den.base == 0:
        R.add("implausible_rate", stated is None or stated.v == 0,
              f"{name}: rate on a zero base printed as {stated}")
        return
    c = num.base / den.base * 100
    if stated is None:
        R.add(code, True, name)
        return
    if stated.close(c):
        R.add(code, True, name)
    else:
        def ok_fn(x):
            return abs(x[0] / x[1] * 100 - stated.v) <= stated.tol()
        if rescaled(ok_fn, [num, den]):
            R.add("unit_mismatch", False, f"{name}: rescale reconciles")
        else:
            R.add(code, False, f"{name}: {num}/{den} = {c:.4f}% vs stated {stated}%")
    R.add("implausible_rate", stated.v <= 100 + stated.tol(), f"{name}: {stated}% ≤ 100%")


def chk_same(R, name, a, b):
    """Same quantity stated twice: equal within the looser tolerance; units must be comparable."""
    if a.factor != b.factor and a.unit != b.unit and (a.unit or b.unit):
        pass  # normalised via base
    ok = abs(a.base - b.base) <= max(a.tol() * a.factor, b.tol() * b.factor)
    R.add("conflicting_values", ok, f"{name}: {a} vs {b}")


def chk_avg(R, name, items, stated):
    c = sum(i.base for i in items) / len(items)
    R.add("average_mismatch", stated.close(c), f"{name}: mean {c} vs stated {stated}")


def chk_year(R, name, year, ok):
    R.add("year_mismatch", ok, f"{name}: {year}")


def chk_completion(R, name, target, actual, stated):
    """stated completion vs rules §5 from target/actual cells (numeric, same unit)."""
    if unit_of(target) != unit_of(actual) or unit_of(target) in ("date", "qual"):
        return  # not computable: unit check (or nothing) applies
    T, A = num_of(target), num_of(actual)
    if direction(target) == "lte":
        c = D(100) if A <= T else T / A * 100
    else:
        c = A / T * 100
    R.add("completion_mismatch", stated.close(c), f"{name}: completion {c:.4f}% vs stated {stated}%")


def rule_score(w, target, actual):
    """Expected score under rules §5 (None if not computable)."""
    if unit_of(target) != unit_of(actual):
        return None
    u = unit_of(target)
    if u == "qual":
        return None
    if u == "date":
        return w  # done before the deadline in every draft
    T, A = num_of(target), num_of(actual)
    if direction(target) == "lte":
        return w if A <= T else w * T / A
    if T == 0:
        return w if A <= 0 else D(0)
    return w * min(A / T, D(1))


def table_checks(R, rows, totals, grades, level_sums=()):
    """rows: dicts name, l1, w (Num), s (Num), target, actual, comp (Num|None);
    totals: stated total scores (Num); grades: stated grade words; level_sums: (l1, Num)."""
    wsum = sum(r["w"].v for r in rows)
    R.add("weight_sum_mismatch", wsum == 100, f"Σ 分值 = {wsum}")
    for l1, stated in level_sums:
        s = sum(r["w"].v for r in rows if r["l1"] == l1)
        R.add("weight_sum_mismatch", stated.close(s), f"Σ 分值 {l1} = {s} vs stated {stated}")
    ssum = sum(r["s"].v for r in rows)
    for t in totals:
        R.add("score_sum_mismatch", t.close(ssum), f"Σ 得分 = {ssum} vs stated total {t}")
    for g in grades:
        for t in totals:
            R.add("grade_mismatch", GRADE_NORM[g] == band(t.v), f"grade {g} for total {t}")
    for r in rows:
        n = r["name"]
        R.add("score_exceeds_weight", D(0) <= r["s"].v <= r["w"].v, f"{n}: 得分 {r['s']} ≤ 分值 {r['w']}")
        ut, ua = unit_of(r["target"]), unit_of(r["actual"])
        R.add("unit_mismatch", ut == ua, f"{n}: target unit {ut!r} vs actual unit {ua!r}")
        if r.get("comp") is not None:
            chk_completion(R, n, r["target"], r["actual"], r["comp"])
        if "满意" in n and ua == "%":
            R.add("implausible_rate", num_of(r["actual"]) <= 100, f"{n}: satisfaction ≤ 100%")
        exp = rule_score(r["w"].v, r["target"], r["actual"])
        if exp is not None:
            R.add("score_rule_mismatch", r["s"].close(exp), f"{n}: score {r['s']} vs rule {exp:.4f}",
                  sev="warning")


def exec_rule(R, name, w, rate_base, stated_rate, score):
    """score = w × min(rate, 100%), from the unrounded or the printed rate (warning)."""
    ok = score.close(w.v * min(rate_base, D(100)) / 100)
    if stated_rate is not None:
        ok = ok or score.close(w.v * min(stated_rate.v, D(100)) / 100)
    R.add("score_rule_mismatch", ok, f"{name}: execution score {score}", sev="warning")


def same_targets(R, text, pattern, cells_, factors=None):
    """targets stated in the text (one pattern, several groups) == the table's 年度指标值 cells."""
    vals = QS(text, pattern)
    factors = factors or [1] * len(vals)
    for v, cell, f in zip(vals, cells_, factors):
        chk_same(R, f"target text/table {cell}", Num(v.s, f), Num(str(num_of(cell)), f))


def cells(text, anchor, n, sep):
    """n cells after a unique anchor, separated by the regex sep (" ", "\\t", "\\n" or "\\n\\t")."""
    cell = r"(\S*)" if sep == " " else r"([^\n\t]*)"
    pat = anchor + "".join(sep + cell for _ in range(n))
    m = one(text, pat)
    return list(m.groups())


# ============================================================================ drafts
def check_xunyi(t):
    """sn-xunyi-aihuaguoyuan-2021: Word copy, MOF 附件1 flattened one cell per line."""
    R = Results()
    Y = int(S(t, r"\n(\d{4})年度苹果矮化自根砧集约高效示范园建设项目支出"))
    init = M(t, r"项目年初预算" + NUM + r"(万元|元)")
    prov = M(t, r"省级果业专项资金" + NUM + r"(万元|元)（")
    adv_year = int(S(t, r"（(\d{4})年12月提前下达）"))
    cnty = M(t, r"县级配套资金" + NUM + r"(万元|元)；")
    carry = M(t, r"另有上年结转资金" + NUM + r"(万元|元)")
    annual = M(t, r"全年预算数" + NUM + r"(万元|元)。")
    rcv_rate = Q(t, r"全部到位，到位率" + NUM + r"%")
    spent = M(t, r"全年执行" + NUM + r"(万元|元)，预算执行率")
    exec_rate = Q(t, r"预算执行率" + NUM + r"%。其中")
    u1 = M(t, r"兑付建园补助" + NUM + r"(万元|元)")
    u2 = M(t, r"防雹网及支架材料补助" + NUM + r"(万元|元)")
    u3 = M(t, r"技术培训与观摩" + NUM + r"(万元|元)")
    u4 = M(t, r"支付上年结转苗木尾款" + NUM + r"(万元|元)")
    bal = M(t, r"未执行的" + NUM + r"(万元|元)")
    cf_year = int(S(t, r"结转至(\d{4})年支付"))
    area = Q(t, r"全县验收合格示范园" + NUM + r"亩")
    towns = QS(t, r"三镇分别为" + NUM + r"亩、" + NUM + r"亩、" + NUM + r"亩")
    density = Q(t, r"按每亩" + NUM + r"株的密度")
    seedl = Q(t, r"共定植苗木" + NUM + r"万株", factor=10000)
    m = one(t, r"补助标准为每亩" + NUM + r"(元|万元)，较")
    per_mu = money(m.group(1), m.group(2))
    comp_area = Q(t, r"示范园面积完成率" + NUM + r"%")
    surv = Q(t, r"栽植成活率" + NUM + r"%；")
    done_year = int(S(t, r"建园任务于(\d{4})年11月20日前"))
    wage, wage_gap = QS(t, r"农户务工收入" + NUM + r"万元，比目标少" + NUM + r"万元")
    hh = Q(t, r"带动种植户" + NUM + r"户，其中")
    sat = Q(t, r"受益农户满意度" + NUM + r"%。")
    m = one(t, r"项目自评得分" + NUM + r"分，等级为“(优秀|良好|中等|较差|优|良|中|差)”")
    total_p, grade_p = Num(m.group(1)), m.group(2)
    rep_year = int(S(t, r"\n(\d{4})年2月18日\n"))
    tab_year = int(S(t, r"\n（(\d{4})年度）\n"))
    sep = r"\n\t"
    fr = {}
    for row in ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]:
        c = cells(t, r"\t" + row, 6, sep)
        fr[row] = dict(init=money(c[0], "万元"), annual=money(c[1], "万元"), spent=money(c[2], "万元"),
                       w=c[3], rate=pct(c[4]), score=c[5])
    g = QS(t, r"验收合格示范园" + NUM + r"亩，定植苗木" + NUM + r"万株，成活率" + NUM + r"%，带动种植户"
           + NUM + r"户，农户务工收入" + NUM + r"万元。")
    g_area, g_seedl, g_surv, g_hh, g_wage = g
    g_seedl = Num(g_seedl.s, 10000)
    rows = []
    tot = fr["年度资金总额"]
    rows.append(dict(name="预算执行率", l1="预算执行", w=Num(tot["w"]), s=Num(tot["score"]),
                     target="100%", actual=f"{tot['rate'].s}%", comp=None))
    spec = [("新建示范园面积", "产出"), ("定植自根砧大苗数量", "产出"), ("栽植成活率", "产出"),
            ("建园任务完成时间", "产出"), ("每亩建园补助标准", "产出"), ("带动农户务工收入", "效益"),
            ("带动种植户数", "效益"), ("示范园建后管护机制", "效益"), ("受益农户满意度", "满意度")]
    ind = {}
    for name, l1 in spec:
        c = cells(t, r"\t" + name, 4, sep)
        ind[name] = c
        rows.append(dict(name=name, l1=l1, w=Num(c[2]), s=Num(c[3]), target=c[0], actual=c[1], comp=None))
    tw, ts = cells(t, r"\t总分", 2, sep)
    # --- funds
    chk_sum(R, "年初预算 = 省级 + 县级", [prov, cnty], init)
    chk_sum(R, "全年预算 = 年初 + 上年结转", [init, carry], annual)
    chk_sum(R, "执行 = 各项用途", [u1, u2, u3, u4], spent)
    chk_diff(R, "未执行 = 全年预算 - 执行 (全部到位)", annual, spent, bal, "balance_mismatch")
    chk_rate(R, "到位率 (全部到位)", annual, annual, rcv_rate)
    chk_rate(R, "预算执行率 (text)", spent, annual, exec_rate)
    for col in ["init", "annual", "spent"]:
        chk_sum(R, f"自评表 {col}: 总额 = 当年 + 结转 + 其他",
                [fr["其中：当年财政拨款"][col], fr["上年结转资金"][col], fr["其他资金"][col]],
                fr["年度资金总额"][col])
    for row, d in fr.items():
        chk_rate(R, f"自评表 {row} 执行率", d["spent"], d["annual"], d["rate"])
    chk_sum(R, "当年财政拨款执行 = 建园 + 防雹网 + 培训", [u1, u2, u3], fr["其中：当年财政拨款"]["spent"])
    exec_rule(R, "自评表 执行得分", Num(tot["w"]), tot["spent"].base / tot["annual"].base * 100,
              tot["rate"], Num(tot["score"]))
    chk_same(R, "年初预算 text/table", init, fr["年度资金总额"]["init"])
    chk_same(R, "全年预算 text/table", annual, fr["年度资金总额"]["annual"])
    chk_same(R, "执行 text/table", spent, fr["年度资金总额"]["spent"])
    chk_same(R, "执行率 text/table", exec_rate, fr["年度资金总额"]["rate"])
    chk_same(R, "上年结转 text/table", carry, fr["上年结转资金"]["annual"])
    chk_same(R, "结转尾款支付 text/table", u4, fr["上年结转资金"]["spent"])
    chk_same(R, "年初 = 当年财政拨款全年 (no adjustment)", fr["其中：当年财政拨款"]["init"],
             fr["其中：当年财政拨款"]["annual"])
    # --- outputs
    chk_sum(R, "三镇面积", towns, area)
    chk_prod(R, "面积 × 每亩株数 = 苗木", area, density, seedl)
    chk_prod(R, "面积 × 每亩补助 = 建园补助", area, per_mu, u1)
    tgt_area = num_of(ind["新建示范园面积"][0])
    R.add("completion_mismatch", comp_area.close(area.base / tgt_area * 100), "面积完成率 (text)")
    tgt_wage = Num(str(num_of(ind["带动农户务工收入"][0])))
    chk_diff(R, "务工收入比目标少", tgt_wage, wage, wage_gap, "sum_mismatch")
    a_area = Num(str(num_of(ind["新建示范园面积"][1])))
    a_seedl = Num(str(num_of(ind["定植自根砧大苗数量"][1])), 10000)
    for nm, x, y in [("面积 text/table", area, a_area), ("面积 goal/table", g_area, a_area),
                     ("苗木 text/table", seedl, a_seedl), ("苗木 goal/table", g_seedl, a_seedl),
                     ("成活率 text/table", surv, Num(str(num_of(ind["栽植成活率"][1])))),
                     ("成活率 goal/table", g_surv, Num(str(num_of(ind["栽植成活率"][1])))),
                     ("务工 text/table", wage, Num(str(num_of(ind["带动农户务工收入"][1])))),
                     ("务工 goal/table", g_wage, Num(str(num_of(ind["带动农户务工收入"][1])))),
                     ("种植户 text/table", hh, Num(str(num_of(ind["带动种植户数"][1])))),
                     ("种植户 goal/table", g_hh, Num(str(num_of(ind["带动种植户数"][1])))),
                     ("满意度 text/table", sat, Num(str(num_of(ind["受益农户满意度"][1])))),
                     ("总分 text/table", total_p, Num(ts))]:
        chk_same(R, nm, x, y)
    same_targets(R, t, r"新建矮化自根砧示范园不少于" + NUM + r"亩，定植自根砧大苗不少于" + NUM + r"万株，栽植成活率不低于"
                 + NUM + r"%", [ind[k][0] for k in ("新建示范园面积", "定植自根砧大苗数量", "栽植成活率")])
    same_targets(R, t, r"带动农户务工收入不低于" + NUM + r"万元，带动种植户不少于" + NUM + r"户；受益农户满意度不低于" + NUM
                 + r"%", [ind[k][0] for k in ("带动农户务工收入", "带动种植户数", "受益农户满意度")])
    same_targets(R, t, r"新建矮化自根砧示范园" + NUM + r"亩以上，定植大苗" + NUM + r"万株以上，成活率" + NUM + r"%以上",
                 [ind[k][0] for k in ("新建示范园面积", "定植自根砧大苗数量", "栽植成活率")])
    cost = ind["每亩建园补助标准"][1]
    if unit_of(cost) == "元/亩":
        chk_same(R, "每亩补助 text/table", per_mu, money(str(num_of(cost)), "元"))
    R.add("implausible_rate", sat.v <= 100, "满意度 text ≤ 100%")
    # --- scores
    R.add("weight_sum_mismatch", Num(tw).v == 100, "总分 分值 100")
    table_checks(R, rows, [total_p, Num(ts)], [grade_p])
    # --- years
    chk_year(R, "自评表年度", tab_year, tab_year == Y)
    chk_year(R, "提前下达 in the December before", adv_year, adv_year == Y - 1)
    chk_year(R, "结转至 a later year", cf_year, cf_year > Y)
    chk_year(R, "建园完成年份", done_year, done_year == Y)
    for nm in ("建园任务完成时间",):
        for cell in ind[nm][:2]:
            yy = re.match(r"(\d{4})年", cell)
            if yy:
                chk_year(R, f"{nm} cell year", yy.group(1), int(yy.group(1)) == Y)
    chk_year(R, "报告日期", rep_year, rep_year in (Y, Y + 1))
    return R


def check_xunwu(t):
    """jx-xunwu-qichenggaiyuan-2019: PDF copy, funds table with 行次, Shanxi-style 附件 table."""
    R = Results()
    Y = int(S(t, r"^寻乌县农业农村局(\d{4})年度\n"))
    hdr_year = int(S(t, r"\n寻乌县农业农村局(\d{4})年度项目支出绩效自评报告\n"))
    tot_in = QS(t, r"项目总投入" + NUM + r"万元，其中中央财政资金" + NUM + r"万元、省级资金" + NUM
                + r"万元、县级配套" + NUM + r"万元，果农自筹" + NUM + r"万元")
    p_total, p_c, p_p, p_x, p_o = tot_in
    m = one(t, r"省级资金中有" + NUM + r"万元为(\d{4})年12月提前下达")
    adv, adv_year = Num(m.group(1)), int(m.group(2))
    cols = ["total", "sub", "central", "prov", "city", "county", "carry", "other"]
    rowpat = {1: r"\n年初预算资金 \(1\) ", 2: r"\n全年预算资金 \(2\) ", 3: r"\n实际到位资金 \(3\) ",
              4: r"\n全年执行资金 \(4\) ", 5: r"\n资金结余 \(5\)=\(3\)-\(4\) ",
              6: r"\n预算到位率\(%\) \(6\)=\(3\)/\(2\) ", 7: r"\n预算执行率\(%\) \(7\)=\(4\)/\(2\) "}
    F = {}
    for k, p in rowpat.items():
        vals = S(t, p + r"([^\n]+)").split()
        if len(vals) != 8:
            raise ParseError(f"row ({k}) has {len(vals)} cells")
        F[k] = dict(zip(cols, [Num(v) for v in vals]))
    for k in range(1, 6):
        r = F[k]
        chk_sum(R, f"({k}) 小计 = 中央+省+市+县", [r["central"], r["prov"], r["city"], r["county"]], r["sub"])
        chk_sum(R, f"({k}) 总额 = 小计+结转+其他", [r["sub"], r["carry"], r["other"]], r["total"])
    for c in cols:
        chk_diff(R, f"(5)=(3)-(4) {c}", F[3][c], F[4][c], F[5][c], "balance_mismatch")
        chk_rate(R, f"(6)=(3)/(2) {c}", F[3][c], F[2][c], F[6][c])
        chk_rate(R, f"(7)=(4)/(2) {c}", F[4][c], F[2][c], F[7][c])
    for nm, x, c in [("总投入", p_total, "total"), ("中央", p_c, "central"), ("省级", p_p, "prov"),
                     ("县级", p_x, "county"), ("自筹", p_o, "other")]:
        chk_same(R, f"{nm} text/(2)", x, F[2][c])
    chk_sum(R, "总投入 = 中央+省+县+自筹", [p_c, p_p, p_x, p_o], p_total)
    chk_same(R, "提前下达 = (1) 省级", adv, F[1]["prov"])
    m = one(t, r"截至(\d{4})年12月31日，项目累计支出" + NUM + r"万元")
    cut_year, p_spent = int(m.group(1)), Num(m.group(2))
    chk_same(R, "累计支出 text/(4)", p_spent, F[4]["total"])
    m = one(t, r"新建园苗木及建园补助" + NUM + r"万元（" + NUM + r"亩，每亩" + NUM + r"元）")
    u1, a1, pm1 = Num(m.group(1)), Num(m.group(2)), money(m.group(3), "元")
    m = one(t, r"高接换种补助" + NUM + r"万元（" + NUM + r"亩，每亩" + NUM + r"元）")
    u2, a2, pm2 = Num(m.group(1)), Num(m.group(2)), money(m.group(3), "元")
    u3, own = QS(t, r"水肥一体化设施" + NUM + r"万元（含果农自筹" + NUM + r"万元）")
    u4 = Q(t, r"技术培训及黄龙病监测" + NUM + r"万元")
    chk_prod(R, "新建园 面积×每亩", a1, pm1, u1)
    chk_prod(R, "高接 面积×每亩", a2, pm2, u2)
    chk_sum(R, "支出用途", [u1, u2, u3, u4], p_spent)
    chk_same(R, "自筹 text/(4)", own, F[4]["other"])
    new_area, *towns = QS(t, r"新建标准化脐橙园共" + NUM + r"亩，其中澄江镇" + NUM + r"亩、吉潭镇" + NUM
                          + r"亩、南桥镇" + NUM + r"亩")
    chk_sum(R, "三镇新建面积", towns, new_area)
    dens, seedl = QS(t, r"按每亩" + NUM + r"株定植，共栽植无病容器大苗" + NUM + r"万株")
    seedl = Num(seedl.s, 10000)
    chk_prod(R, "面积×每亩株数", new_area, dens, seedl)
    graft, short = QS(t, r"老园高接换种完成" + NUM + r"亩，比计划少" + NUM + r"亩")
    p_exec = Q(t, r"执行率" + NUM + r"%，未执行部分")
    p_wage = Q(t, r"务工收入" + NUM + r"万元；")
    p_hh = Q(t, r"带动脱贫户" + NUM + r"户参与")
    p_ill = Q(t, r"病株率" + NUM + r"%，而")
    p_sat = Q(t, r"，满意度" + NUM + r"%。")
    m = one(t, r"本项目总得分" + NUM + r"分，评价等级为“(优秀|良好|中等|较差|优|良|中|差)”")
    p_tot, p_grade = Num(m.group(1)), m.group(2)
    rep_year = int(S(t, r"\n(\d{4})年4月10日\n"))
    tab_year = int(S(t, r"年度：(\d{4})\n"))
    spec = [("预算执行 预算执行率", "预算执行"), ("新建无病苗标准化脐橙园面积", "产出"),
            ("老园高接换种改良面积", "产出"), ("无病容器苗使用率", "产出"), ("苗木定植完成时间", "产出"),
            ("新建园每亩补助标准", "产出"), ("带动果农务工收入", "效益"), ("带动脱贫户数", "效益"),
            ("果园黄龙病病株率", "效益"), ("果农满意度", "满意度")]
    rows, ind = [], {}
    for name, l1 in spec:
        c = cells(t, name, 5, " ")
        w, tg, ac, cp, sc = c
        ind[name] = c
        rows.append(dict(name=name, l1=l1, w=Num(w), s=Num(sc), target=tg, actual=ac,
                         comp=pct(cp) if unit_of(tg) not in ("date", "qual") else None))
    tw, ts = cells(t, r"\n合计", 2, " ")
    R.add("weight_sum_mismatch", Num(tw).v == 100, "合计 分值 100")
    table_checks(R, rows, [p_tot, Num(ts)], [p_grade])
    ex = ind["预算执行 预算执行率"]
    exec_rule(R, "执行得分", Num(ex[0]), F[4]["total"].base / F[2]["total"].base * 100, pct(ex[2]), Num(ex[4]))
    chk_same(R, "执行率 附件/(7)", pct(ex[2]), F[7]["total"])
    chk_same(R, "执行率 text/(7)", p_exec, F[7]["total"])
    tgt_graft = Num(str(num_of(ind["老园高接换种改良面积"][1])))
    chk_diff(R, "高接 比计划少", tgt_graft, graft, short, "sum_mismatch")
    for nm, x, key in [("新建面积 text/附件", new_area, "新建无病苗标准化脐橙园面积"),
                       ("新建面积(用途) text/附件", a1, "新建无病苗标准化脐橙园面积"),
                       ("高接 text/附件", graft, "老园高接换种改良面积"),
                       ("高接(用途) text/附件", a2, "老园高接换种改良面积"),
                       ("务工 text/附件", p_wage, "带动果农务工收入"),
                       ("脱贫户 text/附件", p_hh, "带动脱贫户数"),
                       ("病株率 text/附件", p_ill, "果园黄龙病病株率"),
                       ("满意度 text/附件", p_sat, "果农满意度")]:
        act = ind[key][2]
        if unit_of(act) in ("亩", "万元", "户", "%"):
            chk_same(R, nm, x, Num(str(num_of(act))))
    same_targets(R, t, r"新建无病苗标准化脐橙园" + NUM + r"亩以上，老园高接换种改良" + NUM + r"亩以上，无病容器苗使用率" + NUM
                 + r"%", [ind[k][1] for k in ("新建无病苗标准化脐橙园面积", "老园高接换种改良面积", "无病容器苗使用率")])
    same_targets(R, t, r"新建园补助每亩不超过" + NUM + r"元；带动果农务工收入" + NUM + r"万元以上，带动脱贫户" + NUM
                 + r"户以上，果园黄龙病病株率控制在" + NUM + r"%以内，果农满意度" + NUM + r"%以上",
                 [ind[k][1] for k in ("新建园每亩补助标准", "带动果农务工收入", "带动脱贫户数", "果园黄龙病病株率",
                                      "果农满意度")])
    mo, da = one(t, r"(\d{1,2})月(\d{1,2})日全部定植完毕").groups()
    act = ind["苗木定植完成时间"][2]
    if unit_of(act) == "date":
        R.add("conflicting_values", act.endswith(f"{mo}月{da}日"), f"定植日期 text {mo}月{da}日 vs table {act}")
    cost = ind["新建园每亩补助标准"][2]
    if unit_of(cost) == "元/亩":
        chk_same(R, "每亩补助 text/附件", pm1, money(str(num_of(cost)), "元"))
    chk_same(R, "总得分 text/合计", p_tot, Num(ts))
    R.add("implausible_rate", p_sat.v <= 100, "满意度 text ≤ 100%")
    chk_year(R, "页眉年度", hdr_year, hdr_year == Y)
    chk_year(R, "附件年度", tab_year, tab_year == Y)
    chk_year(R, "截至…12月31日", cut_year, cut_year == Y)
    chk_year(R, "提前下达 in the December before", adv_year, adv_year == Y - 1)
    for cell in ind["苗木定植完成时间"][1:3]:
        yy = re.match(r"(\d{4})年", cell)
        if yy:
            chk_year(R, "定植时间 cell year", yy.group(1), int(yy.group(1)) == Y)
    chk_year(R, "报告日期", rep_year, rep_year in (Y, Y + 1))
    return R


def check_qixia(t):
    """sd-qixia-laoyuangaizao-2023: web page, MOF table copied by a browser (tab-separated rows)."""
    R = Results()
    Y = int(S(t, r"\n栖霞市果业发展服务中心(\d{4})年度老龄低效苹果园更新改造项目绩效自评报告\n"))
    m = one(t, r"项目年初预算" + NUM + r"万元，其中省级衔接资金" + NUM + r"万元为(\d{4})年12月提前下达，市级配套"
            + NUM + r"万元；6月省级追加" + NUM + r"万元，全年预算调整为" + NUM + r"万元")
    init, prov0, adv_year, city, add, annual = (Num(m.group(1)), Num(m.group(2)), int(m.group(3)),
                                                Num(m.group(4)), Num(m.group(5)), Num(m.group(6)))
    rcv, rcv_rate = QS(t, r"资金到位" + NUM + r"万元，到位率" + NUM + r"%")
    m = one(t, r"截至(\d{4})年12月31日，项目支出" + NUM + r"万元，预算执行率" + NUM + r"%")
    cut_year, spent, exec_rate = int(m.group(1)), Num(m.group(2)), Num(m.group(3))
    ps, pr, cs, cr = QS(t, r"其中省级资金支出" + NUM + r"万元，执行率" + NUM + r"%；市级资金支出" + NUM
                        + r"万元，执行率" + NUM + r"%")
    m = one(t, r"按每亩" + NUM + r"(元|万元)标准兑付改造补助" + NUM + r"万元，水肥一体化和防雹网设施补助" + NUM
            + r"万元，技术服务及培训" + NUM + r"万元")
    per_mu, u1, u2, u3 = money(m.group(1), m.group(2)), Num(m.group(3)), Num(m.group(4)), Num(m.group(5))
    m = one(t, r"未支出的" + NUM + r"万元（省级" + NUM + r"万元、市级" + NUM + r"万元）为滴灌设备验收尾款，结转(\d{4})年")
    bal, pbal, cbal, cf_year = Num(m.group(1)), Num(m.group(2)), Num(m.group(3)), int(m.group(4))
    area, *towns = QS(t, r"全市共完成改造" + NUM + r"亩，松山街道、桃村镇、官道镇、杨础镇分别完成" + NUM + r"亩、"
                      + NUM + r"亩、" + NUM + r"亩、" + NUM + r"亩")
    dens, seedl = QS(t, r"每亩栽植" + NUM + r"株，共新植矮化苗木" + NUM + r"万株")
    seedl = Num(seedl.s, 10000)
    ses, ppl, avg = QS(t, r"举办技术培训班" + NUM + r"期，培训果农" + NUM + r"人次，平均每期" + NUM + r"人次")
    p_pass = Q(t, r"复验，验收合格率" + NUM + r"%")
    p_labor = Q(t, r"亩均节省用工" + NUM + r"个工日，未达到")
    p_hh = Q(t, r"带动" + NUM + r"户果农参与改造")
    p_fert = Q(t, r"化肥用量平均减少" + NUM + r"%")
    m = one(t, r"项目得分" + NUM + r"分，评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    p_tot, p_grade = Num(m.group(1)), m.group(2)
    tab_year = int(S(t, r"\n(\d{4})年度项目支出绩效自评表\n"))
    pub_year = int(S(t, r"发布时间：(\d{4})-"))
    fr = {}
    for row in ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]:
        c = cells(t, r"\t" + row, 6, r"\t")
        fr[row] = dict(init=money(c[0], "万元"), annual=money(c[1], "万元"), spent=money(c[2], "万元"),
                       w=c[3], rate=pct(c[4]), score=c[5])
    spec = [("老龄低效果园更新改造面积", "产出"), ("新植矮化苗木数量", "产出"), ("改造园验收合格率", "产出"),
            ("改造任务完成时间", "产出"), ("矮化苗木单株采购价格", "产出"), ("改造园亩均节省用工", "效益"),
            ("带动果农参与改造", "效益"), ("改造园化肥使用量减少", "效益"), ("果农满意度", "满意度")]
    tot = fr["年度资金总额"]
    rows = [dict(name="预算执行率", l1="预算执行", w=Num(tot["w"]), s=Num(tot["score"]),
                 target="100%", actual=f"{tot['rate'].s}%", comp=None)]
    ind = {}
    for name, l1 in spec:
        c = cells(t, r"\t" + name, 4, r"\t")
        ind[name] = c
        rows.append(dict(name=name, l1=l1, w=Num(c[2]), s=Num(c[3]), target=c[0], actual=c[1], comp=None))
    tw, ts = cells(t, r"\n总分\t\t\t\t", 2, r"\t")
    # funds
    chk_sum(R, "年初 = 省级 + 市级", [prov0, city], init)
    chk_sum(R, "全年 = 年初 + 追加", [init, add], annual)
    chk_rate(R, "到位率", rcv, annual, rcv_rate)
    chk_rate(R, "执行率", spent, annual, exec_rate)
    chk_sum(R, "支出 = 省级 + 市级", [ps, cs], spent)
    chk_rate(R, "省级执行率", ps, Num(str(prov0.v + add.v)), pr)
    chk_rate(R, "市级执行率", cs, city, cr)
    chk_sum(R, "支出用途", [u1, u2, u3], spent)
    chk_diff(R, "未支出 = 全年 - 支出", annual, spent, bal, "balance_mismatch")
    chk_diff(R, "省级未支出", Num(str(prov0.v + add.v)), ps, pbal, "balance_mismatch")
    chk_diff(R, "市级未支出", city, cs, cbal, "balance_mismatch")
    chk_sum(R, "未支出 = 省级 + 市级", [pbal, cbal], bal)
    for col in ["init", "annual", "spent"]:
        chk_sum(R, f"自评表 {col}", [fr["其中：当年财政拨款"][col], fr["上年结转资金"][col], fr["其他资金"][col]],
                fr["年度资金总额"][col])
    for row, d in fr.items():
        chk_rate(R, f"自评表 {row} 执行率", d["spent"], d["annual"], d["rate"])
    exec_rule(R, "执行得分", Num(tot["w"]), tot["spent"].base / tot["annual"].base * 100, tot["rate"],
              Num(tot["score"]))
    chk_same(R, "年初 text/table", init, tot["init"])
    chk_same(R, "全年 text/table", annual, tot["annual"])
    chk_same(R, "执行 text/table", spent, tot["spent"])
    chk_same(R, "执行率 text/table", exec_rate, tot["rate"])
    # outputs
    chk_sum(R, "四镇街面积", towns, area)
    chk_prod(R, "面积 × 每亩株数", area, dens, seedl)
    chk_prod(R, "面积 × 每亩补助", area, per_mu, u1)
    R.add("average_mismatch", avg.close(ppl.v / ses.v), f"培训平均每期: {ppl}/{ses} vs {avg}")
    a = {k: ind[k][1] for k in ind}
    for nm, x, key, f in [("面积 text/table", area, "老龄低效果园更新改造面积", 1),
                          ("苗木 text/table", seedl, "新植矮化苗木数量", 10000),
                          ("合格率 text/table", p_pass, "改造园验收合格率", 1),
                          ("节工 text/table", p_labor, "改造园亩均节省用工", 1),
                          ("户数 text/table", p_hh, "带动果农参与改造", 1),
                          ("化肥 text/table", p_fert, "改造园化肥使用量减少", 1)]:
        chk_same(R, nm, x, Num(str(num_of(a[key])), f))
    chk_same(R, "总分 text/table", p_tot, Num(ts))
    tg = {k: ind[k][0] for k in ind}
    same_targets(R, t, r"更新改造" + NUM + r"亩以上，新植矮化苗木" + NUM + r"万株以上，改造园验收合格率不低于" + NUM + r"%",
                 [tg["老龄低效果园更新改造面积"], tg["新植矮化苗木数量"], tg["改造园验收合格率"]])
    same_targets(R, t, r"亩均节省用工" + NUM + r"个工日以上，带动" + NUM + r"户以上果农参与，改造园化肥使用量减少" + NUM
                 + r"%以上，果农满意度达到" + NUM + r"%以上",
                 [tg["改造园亩均节省用工"], tg["带动果农参与改造"], tg["改造园化肥使用量减少"], tg["果农满意度"]])
    R.add("weight_sum_mismatch", Num(tw).v == 100, "总分 分值 100")
    table_checks(R, rows, [p_tot, Num(ts)], [p_grade])
    chk_year(R, "自评表年度", tab_year, tab_year == Y)
    chk_year(R, "截至…12月31日", cut_year, cut_year == Y)
    chk_year(R, "提前下达", adv_year, adv_year == Y - 1)
    chk_year(R, "结转 a later year", cf_year, cf_year > Y)
    chk_year(R, "发布日期", pub_year, pub_year in (Y, Y + 1))
    for cell in ind["改造任务完成时间"][:2]:
        yy = re.match(r"(\d{4})年", cell)
        if yy:
            chk_year(R, "完成时间 cell year", yy.group(1), int(yy.group(1)) == Y)
    return R


def check_zhaoxian(t):
    """he-zhaoxian-linyeju-bumen-2022: 部门整体 report on a web page, tables one cell per line."""
    R = Results()
    Y = int(S(t, r"\n赵县林业局(\d{4})年度部门整体支出绩效自评报告\n"))
    m = one(t, r"(\d{4})年全年预算" + NUM + r"万元，其中基本支出" + NUM + r"万元、项目支出" + NUM
            + r"万元；全年支出" + NUM + r"万元，预算执行率" + NUM + r"%")
    y1, budget, basic, proj, spent, rate = (int(m.group(1)), Num(m.group(2)), Num(m.group(3)), Num(m.group(4)),
                                            Num(m.group(5)), Num(m.group(6)))
    m = one(t, r"项目支出执行率" + NUM + r"%，项目支出结余" + NUM + r"万元，结转(\d{4})年")
    prate, pbal, cf_year = Num(m.group(1)), Num(m.group(2)), int(m.group(3))
    staff_year = int(S(t, r"(\d{4})年末在职人员"))
    tab1_year = int(S(t, r"\n(\d{4})年度支出情况表"))
    T = {}
    for row in ["基本支出", "其中：人员经费", "公用经费", "项目支出"]:
        a, b = cells(t, r"\n" + row, 2, r"\n")
        T[row] = (money(a, "万元"), money(b, "万元"))
    T["合计"] = tuple(money(x, "万元") for x in one(t, r"\n合计\n(\d+\.\d{2})\n(\d+\.\d{2})\n").groups())
    for i, col in enumerate(["全年预算数", "全年执行数"]):
        chk_sum(R, f"基本支出 {col}", [T["其中：人员经费"][i], T["公用经费"][i]], T["基本支出"][i])
        chk_sum(R, f"合计 {col}", [T["基本支出"][i], T["项目支出"][i]], T["合计"][i])
    R.add("balance_mismatch", T["基本支出"][0].v == T["基本支出"][1].v, "基本支出全部执行完毕")
    chk_sum(R, "全年预算 = 基本 + 项目 (text)", [basic, proj], budget)
    chk_same(R, "预算 text/table", budget, T["合计"][0])
    chk_same(R, "执行 text/table", spent, T["合计"][1])
    chk_same(R, "基本支出 text/table", basic, T["基本支出"][0])
    chk_same(R, "项目支出 text/table", proj, T["项目支出"][0])
    chk_rate(R, "部门执行率", spent, budget, rate)
    chk_rate(R, "项目支出执行率", T["项目支出"][1], T["项目支出"][0], prate)
    chk_diff(R, "项目支出结余", T["项目支出"][0], T["项目支出"][1], pbal, "balance_mismatch")
    # project 1
    b1, s1 = QS(t, r"（一）雪花梨品种改良高接换优项目。预算" + NUM + r"万元，支出" + NUM + r"万元")
    area1, *towns = QS(t, r"高接换优" + NUM + r"亩，三镇分别为" + NUM + r"亩、" + NUM + r"亩、" + NUM + r"亩")
    dens, trees = QS(t, r"每亩高接" + NUM + r"株，共高接" + NUM + r"万株")
    trees = Num(trees.s, 10000)
    m = one(t, r"按每亩" + NUM + r"(元|万元)标准兑付补助" + NUM + r"万元，接穗采购和技术指导支出" + NUM + r"万元")
    per_mu, sub1, other1 = money(m.group(1), m.group(2)), Num(m.group(3)), Num(m.group(4))
    surv, surv_t = QS(t, r"高接成活率" + NUM + r"%，低于" + NUM + r"%的目标")
    chk_sum(R, "三镇高接面积", towns, area1)
    chk_prod(R, "面积 × 每亩株数", area1, dens, trees)
    chk_prod(R, "面积 × 每亩补助", area1, per_mu, sub1)
    chk_sum(R, "项目一支出", [sub1, other1], s1)
    # project 2
    b2, s2, r2 = QS(t, r"（二）标准化梨园示范基地建设项目。预算" + NUM + r"万元，支出" + NUM + r"万元，执行率" + NUM + r"%")
    chk_rate(R, "项目二执行率", s2, b2, r2)
    *incs, inc_avg = QS(t, r"亩产分别比上年增加" + NUM + r"公斤、" + NUM + r"公斤、" + NUM + r"公斤，平均亩增产" + NUM + r"公斤")
    inc_t = Q(t, r"尚未达到每亩" + NUM + r"公斤的预期")
    chk_avg(R, "三处基地平均增产", incs, inc_avg)
    # project 3
    b3 = Q(t, r"（三）果树病虫害绿色防控项目。预算" + NUM + r"万元，全部执行")
    gc = Q(t, r"绿色防控" + NUM + r"万亩", factor=10000)
    train = Q(t, r"组织技术培训" + NUM + r"人次")
    pest = Q(t, r"化学农药使用量比\d{4}年减少" + NUM + r"%")
    chk_sum(R, "项目预算合计", [b1, b2, b3], T["项目支出"][0])
    chk_sum(R, "项目支出合计", [s1, s2, b3], T["项目支出"][1])
    # scores
    *ps, pavg = QS(t, r"三个项目自评得分分别为" + NUM + r"分、" + NUM + r"分、" + NUM + r"分，平均" + NUM + r"分")
    chk_avg(R, "项目平均分", ps, pavg)
    p_tot = Q(t, r"自评得分" + NUM + r"分，详见下表")
    tab2_year = int(S(t, r"部门整体支出绩效自评表（(\d{4})年度）"))
    spec = [("部门预算执行率", "预算执行"), ("雪花梨高接换优面积", "产出"), ("标准化示范基地", "产出"),
            ("病虫害绿色防控面积", "产出"), ("高接成活率", "产出"), ("高接换优完成时间", "产出"),
            ("示范基地亩均增产", "效益"), ("果农技术培训", "效益"), ("化学农药使用量减少", "效益"),
            ("果农满意度", "满意度")]
    rows, ind = [], {}
    for name, l1 in spec:
        w, tg, ac, sc = cells(t, r"\n" + name, 4, r"\n")
        ind[name] = (tg, ac)
        rows.append(dict(name=name, l1=l1, w=Num(w), s=Num(sc), target=tg, actual=ac, comp=None))
    tw, ts = one(t, r"\n合计\n(100)\n" + NUM + r"\n").groups()
    grade = S(t, r"\n评价等级\n(优秀|良好|中等|较差|优|良|中|差)\n")
    R.add("weight_sum_mismatch", Num(tw).v == 100, "合计 分值 100")
    table_checks(R, rows, [p_tot, Num(ts)], [grade])
    chk_same(R, "总分 text/table", p_tot, Num(ts))
    ex = rows[0]
    exec_rule(R, "部门执行得分", ex["w"], spent.base / budget.base * 100, pct(ex["actual"]), ex["s"])
    chk_same(R, "执行率 text/table", rate, pct(ind["部门预算执行率"][1]))
    for nm, x, key, f in [("高接面积", area1, "雪花梨高接换优面积", 1), ("成活率", surv, "高接成活率", 1),
                          ("增产", inc_avg, "示范基地亩均增产", 1), ("防控面积", gc, "病虫害绿色防控面积", 10000),
                          ("培训", train, "果农技术培训", 1), ("农药", pest, "化学农药使用量减少", 1)]:
        chk_same(R, nm + " text/table", x, Num(str(num_of(ind[key][1])), f))
    chk_same(R, "成活率目标 text/table", surv_t, Num(str(num_of(ind["高接成活率"][0]))))
    chk_same(R, "增产目标 text/table", inc_t, Num(str(num_of(ind["示范基地亩均增产"][0]))))
    chk_year(R, "支出表年度", tab1_year, tab1_year == Y)
    chk_year(R, "自评表年度", tab2_year, tab2_year == Y)
    chk_year(R, "预算年度 (text)", y1, y1 == Y)
    chk_year(R, "年末人数年度", staff_year, staff_year == Y)
    chk_year(R, "结转 a later year", cf_year, cf_year > Y)
    pub = int(S(t, r"发布时间：(\d{4})-"))
    rep = int(S(t, r"\n(\d{4})年5月10日\n"))
    chk_year(R, "发布/报告日期", (pub, rep), pub in (Y, Y + 1) and rep in (Y, Y + 1))
    return R


def check_mengzi(t):
    """yn-mengzi-shiliugaiyuan-2024: PDF copy, 10 + 90 (产出60/效益30, no satisfaction line)."""
    R = Results()
    Y = int(S(t, r"\n(\d{4})年度石榴品种改良及标准化示范园建设项目绩效自评报告\n"))
    m = one(t, r"项目年初预算" + NUM + r"万元，其中中央资金" + NUM + r"万元（(\d{4})年12月提前下达）、市级配套" + NUM
            + r"万元，年内预算未作调整")
    annual, cen, adv_year, city = Num(m.group(1)), Num(m.group(2)), int(m.group(3)), Num(m.group(4))
    m = one(t, r"截至(\d{4})年12月31日，中央资金" + NUM + r"万元全部到位，市级资金到位" + NUM + r"万元，累计到位" + NUM
            + r"万元，到位率" + NUM + r"%，尚有" + NUM + r"万元市级配套资金未到位")
    cut_year, cen_r, city_r, rcv, rcv_rate, gap = (int(m.group(1)), Num(m.group(2)), Num(m.group(3)),
                                                   Num(m.group(4)), Num(m.group(5)), Num(m.group(6)))
    spent, exec_rate, use_rate, unspent = QS(t, r"全年支出" + NUM + r"万元，预算执行率" + NUM
                                             + r"%；按已到位资金计算，资金使用率" + NUM + r"%。已到位未支出" + NUM + r"万元")
    m = one(t, r"高接换种补助" + NUM + r"万元（按每亩" + NUM + r"(元|万元)标准）、示范园水肥一体化设施" + NUM
            + r"万元、技术培训和技术员补贴" + NUM + r"万元")
    u1, per_mu, u2, u3 = Num(m.group(1)), money(m.group(2), m.group(3)), Num(m.group(4)), Num(m.group(5))
    town_amt = QS(t, r"新安所镇、草坝镇、冷泉镇分别为" + NUM + r"万元、" + NUM + r"万元、" + NUM + r"万元")
    *town_area, area = QS(t, r"分别完成高接换种" + NUM + r"亩、" + NUM + r"亩、" + NUM + r"亩，合计" + NUM + r"亩")
    dens, trees = QS(t, r"按每亩" + NUM + r"株计，共高接" + NUM + r"万株")
    trees = Num(trees.s, 10000)
    tech = Q(t, r"培养乡土嫁接技术员" + NUM + r"人，由")
    comp = Q(t, r"高接换种面积完成率" + NUM + r"%")
    surv = Q(t, r"嫁接成活率" + NUM + r"%，略低于目标")
    wage = Q(t, r"农户务工收入" + NUM + r"万元；")
    hh = Q(t, r"带动种植户" + NUM + r"户，其中")
    tech_gap = Q(t, r"乡土嫁接技术员比目标少" + NUM + r"人")
    w_out, w_ben = QS(t, r"（产出" + NUM + r"分、效益" + NUM + r"分）")
    w_exec, w_ind = QS(t, r"按预算执行" + NUM + r"分、绩效指标" + NUM + r"分")
    m = one(t, r"综合自评得分" + NUM + r"分，等级为(优秀|良好|中等|较差|优|良|中|差)")
    p_tot, p_grade = Num(m.group(1)), m.group(2)
    tab_year = int(S(t, r"年度：(\d{4})\n"))
    rep_year = int(S(t, r"\n(\d{4})年3月6日\n"))
    spec = [("预算执行率 预算执行率", "预算执行"), ("软籽石榴高接换种面积", "产出"), ("高接株数", "产出"),
            ("嫁接成活率", "产出"), ("嫁接完成时间", "产出"), ("亩均嫁接补助", "产出"),
            ("带动农户务工收入", "效益"), ("带动种植户数", "效益"), ("培养乡土嫁接技术员", "效益")]
    rows, ind = [], {}
    for name, l1 in spec:
        w, tg, ac, sc = cells(t, name, 4, " ")
        ind[name] = (tg, ac)
        rows.append(dict(name=name, l1=l1, w=Num(w), s=Num(sc), target=tg, actual=ac, comp=None))
    # funds
    chk_sum(R, "年初 = 中央 + 市级", [cen, city], annual)
    chk_same(R, "中央全部到位", cen_r, cen)
    chk_sum(R, "到位 = 中央 + 市级", [cen_r, city_r], rcv)
    chk_rate(R, "到位率", rcv, annual, rcv_rate)
    chk_diff(R, "市级未到位", city, city_r, gap, "sum_mismatch")
    chk_rate(R, "预算执行率", spent, annual, exec_rate)
    chk_rate(R, "资金使用率 (到位 base)", spent, rcv, use_rate)
    chk_diff(R, "已到位未支出", rcv, spent, unspent, "balance_mismatch")
    chk_sum(R, "支出构成", [u1, u2, u3], spent)
    chk_sum(R, "分镇补助", town_amt, u1)
    for a_, b_ in zip(town_area, town_amt):
        chk_prod(R, "镇面积 × 每亩补助", a_, per_mu, b_)
    chk_sum(R, "三镇面积", town_area, area)
    chk_prod(R, "面积 × 每亩补助", area, per_mu, u1)
    chk_prod(R, "面积 × 每亩株数", area, dens, trees)
    # indicators
    tgt_area = num_of(ind["软籽石榴高接换种面积"][0])
    R.add("completion_mismatch", comp.close(area.v / tgt_area * 100), f"面积完成率 {comp}")
    chk_diff(R, "技术员比目标少", Num(str(num_of(ind["培养乡土嫁接技术员"][0]))), tech, tech_gap, "sum_mismatch")
    for nm, x, key, f in [("面积", area, "软籽石榴高接换种面积", 1), ("株数", trees, "高接株数", 10000),
                          ("成活率", surv, "嫁接成活率", 1), ("务工", wage, "带动农户务工收入", 1),
                          ("种植户", hh, "带动种植户数", 1), ("技术员", tech, "培养乡土嫁接技术员", 1)]:
        chk_same(R, nm + " text/table", x, Num(str(num_of(ind[key][1])), f))
    same_targets(R, t, r"完成软籽石榴高接换种" + NUM + r"亩以上、" + NUM + r"万株以上，嫁接成活率" + NUM + r"%以上",
                 [ind[k][0] for k in ("软籽石榴高接换种面积", "高接株数", "嫁接成活率")])
    same_targets(R, t, r"亩均嫁接补助不超过" + NUM + r"元；带动农户务工收入" + NUM + r"万元以上、带动种植户" + NUM
                 + r"户以上，培养乡土嫁接技术员" + NUM + r"人以上",
                 [ind[k][0] for k in ("亩均嫁接补助", "带动农户务工收入", "带动种植户数", "培养乡土嫁接技术员")])
    cost = ind["亩均嫁接补助"][1]
    if unit_of(cost) == "元":
        chk_same(R, "每亩补助 text/table", per_mu, money(str(num_of(cost)), "元"))
    chk_same(R, "执行率 text/table", exec_rate, pct(ind["预算执行率 预算执行率"][1]))
    ex = rows[0]
    exec_rule(R, "执行得分", ex["w"], spent.base / annual.base * 100, pct(ex["actual"]), ex["s"])
    table_checks(R, rows, [p_tot], [p_grade],
                 level_sums=[("预算执行", w_exec), ("产出", w_out), ("效益", w_ben)])
    R.add("weight_sum_mismatch", w_out.v + w_ben.v == w_ind.v, "产出 + 效益 = 绩效指标")
    chk_year(R, "自评表年度", tab_year, tab_year == Y)
    chk_year(R, "截至…12月31日", cut_year, cut_year == Y)
    chk_year(R, "提前下达", adv_year, adv_year == Y - 1)
    for cell in ind["嫁接完成时间"]:
        yy = re.match(r"(\d{4})年", cell)
        if yy:
            chk_year(R, "嫁接时间 cell year", yy.group(1), int(yy.group(1)) == Y)
    chk_year(R, "报告日期", rep_year, rep_year in (Y, Y + 1))
    return R


CHECKERS = {
    "sn-xunyi-aihuaguoyuan-2021": check_xunyi,
    "jx-xunwu-qichenggaiyuan-2019": check_xunwu,
    "sd-qixia-laoyuangaizao-2023": check_qixia,
    "he-zhaoxian-linyeju-bumen-2022": check_zhaoxian,
    "yn-mengzi-shiliugaiyuan-2024": check_mengzi,
}

# a changed figure may occur more than once in the clean draft only for these (documented) reasons
DUP_OK = {
    "he-zhaoxian-linyeju-bumen-2022-e2.txt":
        "35.17 is both the 全年预算数 and the 全年执行数 of 公用经费 (two quantities); only the budget cell changes",
}


# ============================================================================ set-level checks
def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s  # clean [p, ea), case [p, eb)


def changed_token(clean, p, e):
    a, b = p, max(e, p)
    while a > 0 and (clean[a - 1].isdigit() or clean[a - 1] == "."):
        a -= 1
    while b < len(clean) and (clean[b].isdigit() or clean[b] == "."):
        b += 1
    return clean[a:b]


def count_number(text, tok):
    return len(re.findall(r"(?<![\d.])" + re.escape(tok) + r"(?![\d]|\.\d)", text))


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    counts = {c: 0 for c in ALL_CODES}
    where = {"prose": 0, "table": 0}
    n_checks = 0
    for rec in labels:
        name, src = rec["case"], rec["source"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        try:
            R = CHECKERS[src](text)
        except ParseError as ex:
            problems.append(f"{name}: parse error: {ex}")
            continue
        n_checks += len(R.items)
        fail_err = R.failing("error")
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with labels")
            fail_all = [(c, m) for c, s, ok, m in R.items if not ok]
            if fail_all:
                problems.append(f"{name}: clean draft fails {fail_all}")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        lab = exp[0]
        code, value = lab["code"], lab["value"]
        counts[code] = counts.get(code, 0) + 1
        if lab["severity"] != "error" or code not in ALL_CODES:
            problems.append(f"{name}: bad code/severity {code}/{lab['severity']}")
        if fail_err != [code]:
            msgs = [(c, m) for c, s, ok, m in R.items if not ok and s == "error"]
            problems.append(f"{name}: labelled {code}, failing error codes {fail_err}: {msgs}")
        # label value / diff region
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not occ:
            problems.append(f"{name}: label value not in case: {value!r}")
        p, ea, eb = diff_region(clean, text)
        if eb - p > 40 or ea - p > 40 or (ea == p and eb == p):
            problems.append(f"{name}: diff region implausible [{p},{ea})->[{p},{eb})")
        rs, re_ = p, max(eb, p + 1)
        if not any(o < re_ and o + len(value) > rs for o in occ):
            problems.append(f"{name}: diff region [{p},{eb}) does not overlap the label value")
        # the changed figure occurs once in the clean draft (twice or more for conflicting_values)
        tok = changed_token(clean, p, ea)
        if re.fullmatch(r"\d+(?:\.\d+)?", tok or "") and ("." in tok or len(tok) >= 3) \
                and code not in ("year_mismatch", "unit_mismatch", "grade_mismatch"):
            n = count_number(clean, tok)
            if code == "conflicting_values":
                if n < 2:
                    problems.append(f"{name}: conflicting figure {tok} occurs {n}× in clean")
            elif n != 1 and name not in DUP_OK:
                problems.append(f"{name}: changed figure {tok} occurs {n}× in clean")
    for c in ALL_CODES:
        if counts.get(c, 0) < 2:
            problems.append(f"code {c} used {counts.get(c, 0)}× (< 2)")
    n_err = sum(1 for r in labels if not r["clean"])
    n_clean = sum(1 for r in labels if r["clean"])
    print(f"cases: {len(labels)} ({n_clean} clean, {n_err} with one error); arithmetic checks run: {n_checks}")
    print("codes: " + ", ".join(f"{c}={counts[c]}" for c in ALL_CODES))
    if problems:
        for pr in problems:
            print("PROBLEM:", pr)
        print("FAILED")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
