#!/usr/bin/env python3
"""Verify this test set (standard library only; arithmetic with decimal.Decimal).

1. labels: every case file exists, every label value occurs in its case, codes come from errors.md §A;
2. every error case differs from its clean draft in one contiguous place that overlaps its label value;
   the changed figure occurs once in the clean draft (twice for conflicting_values);
3. every one of the 13 error codes is used at least twice;
4. the arithmetic of every clean draft is redone from the text (funds sums, rates, balances, weights,
   scores, totals, grade bands, completion rates, averages, units, years, text <-> table equality):
   everything must pass, including the scoring rules of rules.md §5 (warning level);
5. the same checks on every error case: the labelled code must fail and no other error-level code may.
Tolerance: rules.md §8 (a stated value with d decimals matches if |computed - stated| <= 0.5 * 10^-d).
"""
import json
import os
import re
import sys
from decimal import Decimal as D, getcontext

getcontext().prec = 40
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.path.insert(0, HERE)
import build  # noqa: E402  (edit list: figure / where of every injected slip)

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
WARN = "score_rule_mismatch"


class SpecError(Exception):
    pass


# ---------------------------------------------------------------- numbers and values
def dplaces(s):
    s = s.replace(",", "")
    return len(s.split(".", 1)[1]) if "." in s else 0


def N(s):
    return D(s.replace(",", ""))


def tol_of(s):
    return D("0.5") * D(10) ** (-dplaces(s)) + D("1e-9")


def close(stated, computed):
    return abs(computed - N(stated)) <= tol_of(stated)


UNIT_FACTOR = {"万元": D(1), "元": D("0.0001"), "亿元": D(10000), "": D(1), "万人次": D(10000), "人次": D(1)}


class Val:
    """A stated figure: string as written, unit; .base = value in base units (万元 for money)."""

    def __init__(self, s, unit=""):
        self.s = s.strip()
        self.unit = unit
        f = UNIT_FACTOR.get(unit, D(1))
        self.base = N(self.s) * f
        self.tol = tol_of(self.s) * f

    @property
    def d(self):
        return N(self.s)

    def scaled(self, k):
        v = Val(self.s, self.unit)
        v.base = self.base * k
        v.tol = self.tol * k
        return v

    def __repr__(self):
        return f"{self.s}{self.unit}"


NUMRX = r"\d[\d,]*(?:\.\d+)?"


class Doc:
    def __init__(self, text, name):
        self.t = text
        self.name = name

    def m(self, pat):
        rx = re.sub(r"@(N\d*)@", lambda mm: rf"(?P<{mm.group(1)}>{NUMRX})", pat)
        ms = list(re.finditer(rx, self.t))
        if len(ms) != 1:
            raise SpecError(f"{self.name}: pattern {pat!r} matched {len(ms)} times")
        return ms[0]

    def f(self, pat, unit=""):
        return Val(self.m(pat).group("N"), unit)

    def fs(self, pat, unit=""):
        mm = self.m(pat)
        keys = sorted((k for k in mm.groupdict() if re.fullmatch(r"N\d+", k)), key=lambda k: int(k[1:]))
        return [Val(mm.group(k), unit) for k in keys]

    def word(self, pat):
        return self.m(pat).group("g")


# ---------------------------------------------------------------- checks
SCALES = [D(10000), D("0.0001")]


class Findings(list):
    def add(self, code, msg):
        self.append((code, msg))


def _rescue(vals, test):
    """True if rescaling exactly one money/count value by 10^4 or 10^-4 makes `test` pass."""
    for i in range(len(vals)):
        for k in SCALES:
            trial = list(vals)
            trial[i] = vals[i].scaled(k)
            if test(trial):
                return True
    return False


def chk_sum(F, total, parts, what, code="sum_mismatch"):
    def test(v):
        return abs(sum((p.base for p in v[1:]), D(0)) - v[0].base) <= v[0].tol
    vals = [total] + list(parts)
    if not test(vals):
        if _rescue(vals, test):
            F.add("unit_mismatch", f"{what}: {parts} vs {total} reconciled by a 10^4 rescale")
        else:
            F.add(code, f"{what}: sum {sum((p.base for p in parts), D(0))} != {total}")


def chk_diff(F, a, b, res, what, code="balance_mismatch"):
    def test(v):
        return abs(v[0].base - v[1].base - v[2].base) <= v[2].tol
    vals = [a, b, res]
    if not test(vals):
        if _rescue(vals, test):
            F.add("unit_mismatch", f"{what}: reconciled by a 10^4 rescale")
        else:
            F.add(code, f"{what}: {a} - {b} = {a.base - b.base} != {res}")


def chk_eq(F, a, b, what, code="conflicting_values"):
    def test(v):
        return abs(v[0].base - v[1].base) <= max(v[0].tol, v[1].tol)
    vals = [a, b]
    if not test(vals):
        if _rescue(vals, test):
            F.add("unit_mismatch", f"{what}: {a} vs {b} differ by 10^4")
        else:
            F.add(code, f"{what}: {a} vs {b}")


def chk_rate(F, num, den, rate, what, code="rate_mismatch"):
    """rate (a Val in %, as written) = num / den * 100."""
    if den.base == 0:
        if rate.d != 0:
            F.add("implausible_rate", f"{what}: rate {rate} on a zero base")
        return
    if rate.d > 100 or rate.d < 0:
        F.add("implausible_rate", f"{what}: rate {rate} outside [0, 100]")
        return

    def test(v):
        return close(rate.s, v[0].base / v[1].base * 100)
    vals = [num, den]
    if not test(vals):
        if _rescue(vals, test):
            F.add("unit_mismatch", f"{what}: reconciled by a 10^4 rescale")
        else:
            F.add(code, f"{what}: {num}/{den} = {num.base / den.base * 100:.4f}% != {rate}%")


def chk_max100(F, rate, what):
    if rate.d > 100 or rate.d < 0:
        F.add("implausible_rate", f"{what}: {rate}% outside [0, 100]")


def chk_avg(F, items, avg, what):
    mean = sum((i.base for i in items), D(0)) / len(items)
    if abs(mean - avg.base) > avg.tol:
        F.add("average_mismatch", f"{what}: mean {mean} != {avg}")


def chk_ratio(F, num, den, res, mult, what, code="average_mismatch"):
    """res = num * mult / den (a per-unit amount, e.g. 万元 -> 元 per item)."""
    c = num.base * mult / den.base
    if abs(c - res.base) > res.tol:
        F.add(code, f"{what}: {num}*{mult}/{den} = {c} != {res}")


def chk_year(F, y, ok, what):
    if not ok(int(y.d)):
        F.add("year_mismatch", f"{what}: year {y}")


BANDS = [(D(90), "优"), (D(80), "良"), (D(60), "中"), (D(0), "差")]
GRADE_WORD = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "合格": "中",
              "一般": "中", "差": "差", "较差": "差", "不合格": "差"}


def chk_grade(F, total, word, what):
    band = next(g for lo, g in BANDS if total.d >= lo)
    if GRADE_WORD.get(word) != band:
        F.add("grade_mismatch", f"{what}: total {total} is {band}, stated {word}")


# ---------------------------------------------------------------- indicator rows
SIGNS = [("≥", "gte"), (">=", "gte"), ("＞＝", "gte"), ("＞", "gte"), ("不低于", "gte"), ("不少于", "gte"),
         ("≤", "lte"), ("<=", "lte"), ("＜＝", "lte"), ("＜", "lte"), ("不高于", "lte"), ("不超过", "lte"),
         ("=", "eq"), ("＝", "eq")]
DATE = re.compile(r"(\d{4})年(\d{1,2})月(?:(\d{1,2})日|底)?")


def parse_tv(s):
    s = (s or "").strip()
    m = DATE.search(s)
    if m:
        day = int(m.group(3)) if m.group(3) else 31
        return {"kind": "date", "date": (int(m.group(1)), int(m.group(2)), day)}
    dirn = "eq"
    for sign, dn in SIGNS:
        if s.startswith(sign):
            dirn, s = dn, s[len(sign):].strip()
            break
    m = re.match(rf"^({NUMRX})\s*(.*)$", s)
    if not m:
        return {"kind": "qual", "text": s}
    unit = re.sub(r"(以上|以内|以下|及以上)$", "", m.group(2).strip())
    return {"kind": "num", "dir": dirn, "v": N(m.group(1)), "unit": unit, "s": m.group(1)}


class Row:
    def __init__(self, name, target, actual, weight, score, comp=None, l1=""):
        self.name, self.target, self.actual = name, target, actual
        self.weight, self.score, self.comp, self.l1 = weight, score, comp, l1

    def __repr__(self):
        return f"<{self.name}>"


def row_completion(t, a):
    if t["kind"] == "date":
        return D(100) if a["date"] <= t["date"] else None
    T, A = t["v"], a["v"]
    if t["dir"] == "lte":
        return D(100) if A <= T else T / A * 100
    if T == 0:
        return D(100) if A <= 0 else D(0)
    return A / T * 100


def row_score_range(r, t, a):
    w = N(r.weight)
    if t["kind"] == "qual":
        txt = r.actual
        if "部分" in txt:
            return w * D("0.6"), w * D("0.8")
        if "达成" in txt or "完成" in txt or txt == t.get("text"):
            return w * D("0.8"), w
        return None
    if t["kind"] == "date":
        return (w, w) if a["date"] <= t["date"] else None
    T, A = t["v"], a["v"]
    if t["dir"] == "lte":
        s = w if A <= T else w * T / A
    elif T == 0:
        s = w if A <= 0 else D(0)
    else:
        s = w * min(A / T, D(1))
    return s, s


def chk_table(F, rows, weight_totals=(), score_totals=(), level_weights=None, what="table"):
    W = sum((N(r.weight) for r in rows), D(0))
    if W != 100:
        F.add("weight_sum_mismatch", f"{what}: weights sum to {W}")
    for wt in weight_totals:
        if N(wt) != W:
            F.add("weight_sum_mismatch", f"{what}: stated weight total {wt} != {W}")
    for l1, wv in (level_weights or {}).items():
        s = sum((N(r.weight) for r in rows if r.l1 == l1), D(0))
        if s != wv.d:
            F.add("weight_sum_mismatch", f"{what}: level {l1} weights {s} != {wv}")
    S = sum((N(r.score) for r in rows), D(0))
    for st in score_totals:
        if not close(st.s if isinstance(st, Val) else st, S):
            F.add("score_sum_mismatch", f"{what}: scores sum to {S}, stated {st}")
    for r in rows:
        w, s = N(r.weight), N(r.score)
        if s > w or s < 0:
            F.add("score_exceeds_weight", f"{r.name}: score {r.score} > weight {r.weight}")
        t, a = parse_tv(r.target), parse_tv(r.actual)
        unit_ok = True
        if t["kind"] == "date" and a["kind"] != "date":
            unit_ok = False
        elif t["kind"] == "num" and (a["kind"] != "num" or a["unit"] != t["unit"]):
            unit_ok = False
        if not unit_ok:
            F.add("unit_mismatch", f"{r.name}: target {r.target} vs actual {r.actual}")
        if a["kind"] == "num" and a["unit"] == "%" and (a["v"] > 100 or a["v"] < 0):
            F.add("implausible_rate", f"{r.name}: actual {r.actual}")
        if not unit_ok or t["kind"] == "qual":
            if t["kind"] == "qual" and unit_ok:
                rng = row_score_range(r, t, a)
                if rng is None or not (rng[0] - tol_of(r.score) <= s <= rng[1] + tol_of(r.score)):
                    F.add(WARN, f"{r.name}: qualitative score {r.score} outside band {rng}")
            continue
        if r.comp not in (None, "", "—"):
            c = row_completion(t, a)
            comp_s = r.comp.rstrip("%")
            if c is None or not close(comp_s, c):
                F.add("completion_mismatch", f"{r.name}: completion {r.comp}, computed {c}")
        rng = row_score_range(r, t, a)
        if rng is None or not (rng[0] - tol_of(r.score) <= s <= rng[1] + tol_of(r.score)):
            F.add(WARN, f"{r.name}: score {r.score}, rule gives {rng}")


# ---------------------------------------------------------------- table parsers
def pipe_tables(t):
    tables, cur = [], None
    for ln in t.split("\n"):
        if ln.startswith("|"):
            cells = [c.strip() for c in ln.strip()[1:-1].split("|")]
            if cur is None:
                cur = []
                tables.append(cur)
            cur.append(cells)
        else:
            cur = None
    return tables


def tab_tables(t):
    tables, cur = [], None
    for ln in t.split("\n"):
        if "\t" in ln:
            if cur is None:
                cur = []
                tables.append(cur)
            cur.append(ln.split("\t"))
        else:
            cur = None
    return tables


def space_tables(t, headers):
    lines = t.split("\n")
    out = {}
    for i, ln in enumerate(lines):
        cells = re.split(r" {2,}", ln.strip())
        if cells and cells[0] in headers and len(cells) >= 3:
            rows = [cells]
            for ln2 in lines[i + 1:]:
                c2 = re.split(r" {2,}", ln2.strip())
                if len(c2) != len(cells):
                    break
                rows.append(c2)
            out[cells[0]] = rows
    return out


def cell_tables(t):
    tables, cur = [], None
    for block in t.split("\n\n"):
        lines = [ln for ln in block.split("\n")]
        if block and all(ln.startswith("\t") for ln in lines):
            if cur is None:
                cur = []
                tables.append(cur)
            cur.append([ln[1:] for ln in lines])
        else:
            cur = None
    return tables


def chk_goals(F, doc, byname, pairs):
    """targets restated in the goals paragraph equal the table's 年度指标值."""
    for pat, name in pairs:
        tv = parse_tv(byname[name].target)
        chk_eq(F, doc.f(pat), Val(tv["s"]), f"goal vs table target: {name}")


def money(s):
    return Val(s, "万元")


# ---------------------------------------------------------------- project specs
def spec_gx(doc):
    F = Findings()
    t = doc.t
    funds, ind = pipe_tables(t)
    hdr = funds[0]
    fr = {r[0]: dict(zip(hdr, r)) for r in funds[1:]}
    tot, fin, car, oth = (fr["年度资金总额"], fr["其中：当年财政拨款"], fr["上年结转资金"], fr["其他资金"])
    for col in ("年初预算数", "全年预算数", "全年执行数"):
        chk_sum(F, money(tot[col]), [money(fin[col]), money(car[col]), money(oth[col])], f"funds {col}")
    for name, r in fr.items():
        if r["执行率"] != "—":
            chk_rate(F, money(r["全年执行数"]), money(r["全年预算数"]), Val(r["执行率"].rstrip("%")), f"{name} 执行率")
        elif money(r["全年预算数"]).base != 0:
            raise SpecError("missing rate")
    rows = [Row("预算执行率", "100%", tot["执行率"], tot["分值"], tot["得分"], l1="预算执行")]
    ih = ind[0]
    total_w = total_s = None
    for r in ind[1:]:
        d = dict(zip(ih, r))
        if d["一级指标"] == "总分":
            total_w, total_s = d["分值"], d["得分"]
            continue
        rows.append(Row(d["三级指标"], d["年度指标值"], d["实际完成值"], d["分值"], d["得分"], l1=d["一级指标"]))
    byname = {r.name: r for r in rows}
    text_total = doc.f(r"本项目自评得分@N@分")
    chk_table(F, rows, weight_totals=[total_w], score_totals=[total_s, text_total])
    chk_grade(F, text_total, doc.word(r"评价等级为“(?P<g>优|良|中|差)”"), "text grade")
    chk_eq(F, text_total, Val(total_s), "total text vs table")
    # prose funds
    init = doc.f(r"项目年初预算@N@万元", "万元")
    fin0, reg, city0 = doc.fs(r"其中当年财政拨款@N1@万元（自治区林业改革发展资金@N2@万元、市本级资金@N3@万元）", "万元")
    carry = doc.f(r"上年结转资金@N@万元。", "万元")
    add = doc.f(r"改造经费@N@万元", "万元")
    annual = doc.f(r"全年预算调整为@N@万元", "万元")
    chk_sum(F, init, [fin0, carry], "年初 = 财政拨款 + 结转")
    chk_sum(F, fin0, [reg, city0], "财政拨款 = 自治区 + 市本级")
    chk_sum(F, annual, [init, add], "全年 = 年初 + 追加")
    chk_eq(F, init, money(tot["年初预算数"]), "年初 text vs table")
    chk_eq(F, fin0, money(fin["年初预算数"]), "财政拨款 text vs table")
    chk_eq(F, carry, money(car["全年预算数"]), "结转 text vs table")
    chk_eq(F, annual, money(tot["全年预算数"]), "全年 text vs table")
    sp = doc.fs(r"全年实际支出@N1@万元，按用途分为引种采集及运输@N2@万元、植株保育（温室、荫棚及苗圃养护）@N3@万元、"
                r"种质档案建立与分子鉴定@N4@万元、科普展示@N5@万元", "万元")
    chk_sum(F, sp[0], sp[1:], "spending by use")
    chk_eq(F, sp[0], money(tot["全年执行数"]), "spent text vs table")
    reg_sp = doc.f(r"自治区资金@N@万元已全部支出", "万元")
    city, city_sp = doc.fs(r"市本级资金@N1@万元支出@N2@万元", "万元")
    city_rate = doc.f(r"市本级资金[\d.]+万元支出[\d.]+万元，执行率@N@%")
    chk_eq(F, reg_sp, reg, "自治区 spent = issued")
    chk_sum(F, city, [city0, add], "市本级 = 年初 + 追加")
    chk_rate(F, city_sp, city, city_rate, "市本级 执行率")
    chk_sum(F, money(fin["全年执行数"]), [reg_sp, city_sp], "财政拨款 executed")
    chk_sum(F, money(fin["全年预算数"]), [reg, city], "财政拨款 annual")
    chk_sum(F, sp[0], [reg_sp, city_sp, carry], "spent by source (carry-over fully used)")
    bal = doc.f(r"年末结余@N@万元", "万元")
    chk_diff(F, annual, sp[0], bal, "结余 = 全年预算 − 执行")
    chk_year(F, doc.f(r"已按规定结转至@N@年"), lambda y: y > 2021, "carry-forward year")
    chk_year(F, doc.f(r"自治区资金于@N@年"), lambda y: y == 2021, "issue year")
    chk_year(F, doc.f(r"^柳州市园林科学研究所\n@N@年度"), lambda y: y == 2021, "title year")
    chk_year(F, doc.f(r"附件：@N@年度"), lambda y: y == 2021, "table year")
    # outputs in prose vs table
    cost = doc.f(r"植株保育支出@N@万元", "万元")
    chk_eq(F, cost, sp[2], "保育支出")
    plants = doc.f(r"在圃保育植株@N@株")
    per = doc.f(r"单株保育成本约@N@元")
    chk_ratio(F, cost, plants, per, D(10000), "单株保育成本")
    chk_eq(F, per, Val(parse_tv(byname["单株保育成本"].actual)["s"]), "单株成本 text vs table")
    chk_eq(F, plants, Val(parse_tv(byname["迁地保育植株数量"].actual)["s"]), "株数 text vs table")
    chk_eq(F, doc.f(r"全年新引种珍稀濒危植物@N@种"), Val(parse_tv(byname["新引种珍稀濒危植物种类"].actual)["s"]),
           "新引种种数 text vs table")
    chk_eq(F, doc.f(r"引种植株成活率@N@%"), Val(parse_tv(byname["引种植株成活率"].actual)["s"]), "成活率")
    chk_eq(F, doc.f(r"增至@N@种"), Val(parse_tv(byname["保存自治区重点保护野生植物种数"].actual)["s"]), "保存种数")
    chk_eq(F, doc.f(r"综合满意度为@N@%"), Val(parse_tv(byname["科研合作单位满意度"].actual)["s"]), "满意度")
    chk_goals(F, doc, byname, [(r"新引种珍稀濒危植物不少于@N@种", "新引种珍稀濒危植物种类"),
                               (r"迁地保育植株不少于@N@株", "迁地保育植株数量"),
                               (r"引种成活率不低于@N@%", "引种植株成活率"),
                               (r"单株保育成本控制在@N@元以内", "单株保育成本"),
                               (r"受众不少于@N@万人次", "科普展示受众人次"),
                               (r"满意度在@N@%以上", "科研合作单位满意度")])
    chk_rate(F, money(car["全年执行数"]), money(car["全年预算数"]), doc.f(r"上年结转资金当年全部用完，执行率@N@%"),
             "结转 sub-rate (text)")
    return F


def spec_js(doc):
    F = Findings()
    (tbl,) = tab_tables(doc.t)
    hdr = tbl[0]
    rows, total = [], None
    for r in tbl[1:]:
        d = dict(zip(hdr, r))
        if d["一级指标"] == "合计":
            total = d
            continue
        rows.append(Row(d["三级指标"], d["年度指标值"], d["实际完成值"], d["分值"], d["得分"], d["完成率"], d["一级指标"]))
    byname = {r.name: r for r in rows}
    lw = {"预算执行": doc.f(r"预算执行指标（@N@分）"), "产出指标": doc.f(r"产出指标（@N@分）"),
          "效益指标": doc.f(r"效益指标（@N@分）"), "满意度指标": doc.f(r"满意度指标（@N@分）")}
    text_total = doc.f(r"本项目自评得分@N@分")
    chk_table(F, rows, weight_totals=[total["分值"]], score_totals=[total["得分"], text_total], level_weights=lw)
    chk_grade(F, text_total, doc.word(r"评价等级为(?P<g>优秀|良好|优|良|中|差)"), "grade")
    chk_eq(F, text_total, Val(total["得分"]), "total text vs table")
    init = doc.f(r"年年初预算@N@万元", "万元")
    add = doc.f(r"追加防疫物资经费@N@万元", "万元")
    annual = doc.f(r"全年预算@N@万元。", "万元")
    chk_sum(F, annual, [init, add], "全年 = 年初 + 追加")
    comp = doc.fs(r"按支出内容分：饲料采购@N1@万元，兽药疫苗及消杀@N2@万元，医疗设备维护@N3@万元，防疫检测与培训@N4@万元", "万元")
    chk_sum(F, annual, comp, "budget by content")
    recv0 = doc.f(r"全年预算资金@N@万元全部拨付到位", "万元")
    chk_sum(F, recv0, [init, add], "到位 (2 decimals) = 年初 + 追加")
    chk_sum(F, recv0, comp, "到位 (2 decimals) = budget by content")
    recv = doc.f(r"全年预算资金@N@万元全部拨付到位", "万元")
    chk_eq(F, recv, annual, "到位 = 全年预算")
    chk_rate(F, recv, annual, doc.f(r"到位率@N@%"), "到位率")
    sp = doc.fs(r"全年支出@N1@万元，预算执行率[\d.]+%，其中饲料支出@N2@万元，兽药疫苗及消杀@N3@万元，"
                r"医疗设备维护@N4@万元，防疫检测与培训@N5@万元", "万元")
    rate = doc.f(r"全年支出[\d.]+万元，预算执行率@N@%")
    chk_sum(F, sp[0], sp[1:], "spending by content")
    chk_rate(F, sp[0], annual, rate, "执行率")
    chk_rate(F, sp[1], comp[0], doc.f(r"饲料采购执行率为@N@%"), "饲料 sub-rate")
    chk_diff(F, recv, sp[0], doc.f(r"年末结余@N@万元", "万元"), "结余 = 到位 − 执行")
    q = doc.fs(r"分别发现并处置异常个体@N1@、@N2@、@N3@、@N4@只次，季度平均@N5@只次")
    chk_avg(F, q[:4], q[4], "季度平均巡检")
    animals = doc.f(r"饲养展出动物\d+种@N@只（头）")
    chk_ratio(F, sp[1], animals, doc.f(r"每只（头）动物年均约@N@元"), D(10000), "per-animal feed")
    per_vet = doc.f(r"每只（头）年均防疫成本@N@元")
    chk_ratio(F, sp[2], animals, per_vet, D(10000), "per-animal 防疫")
    chk_eq(F, per_vet, Val(parse_tv(byname["单只（头）动物年均防疫成本"].actual)["s"]), "防疫成本 text vs table")
    chk_eq(F, sp[1], Val(parse_tv(byname["饲料采购支出"].actual)["s"], "万元"), "饲料支出 text vs table")
    chk_eq(F, comp[0], Val(parse_tv(byname["饲料采购支出"].target)["s"], "万元"), "饲料预算 text vs table target")
    ex = byname["预算执行率"]
    chk_eq(F, rate, Val(ex.actual.rstrip("%")), "执行率 text vs table")
    chk_eq(F, doc.f(r"按执行率计分得@N@分"), Val(ex.score), "执行得分 text vs table")
    qual = byname["动物福利及防疫制度长效执行"]
    chk_diff(F, Val(qual.weight), doc.f(r"该项酌情扣@N@分"), Val(qual.score), "deduction", code="score_sum_mismatch")
    for pat in (r"游客综合满意度@N@%", r"环境卫生的满意率为@N@%", r"动物健康状况的满意率为@N@%"):
        chk_max100(F, doc.f(pat), pat)
    chk_eq(F, doc.f(r"游客综合满意度@N@%"), Val(parse_tv(byname["游客满意度"].actual)["s"]), "满意度")
    species = doc.f(r"全年饲养管理动物@N@种")
    chk_eq(F, species, Val(parse_tv(byname["饲养管理动物种类"].actual)["s"]), "种类 text vs table")
    chk_diff(F, species, Val(parse_tv(byname["饲养管理动物种类"].target)["s"]), doc.f(r"比年度目标多@N@种"),
             "多出种数", code="sum_mismatch")
    chk_eq(F, doc.f(r"对@N@只（头）易感动物完成"), Val(parse_tv(byname["重点疫病强制免疫动物数"].actual)["s"]), "免疫数")
    chk_eq(F, doc.f(r"抗体合格率@N@%"), Val(parse_tv(byname["免疫抗体合格率"].actual)["s"]), "抗体")
    chk_eq(F, doc.f(r"动物年死亡率@N@%"), Val(parse_tv(byname["动物年死亡率"].actual)["s"]), "死亡率")
    chk_eq(F, doc.f(r"全年接待游客@N@万人次，较"), Val(parse_tv(byname["年接待游客量"].actual)["s"]), "游客量")
    chk_year(F, doc.f(r"截至@N@年末"), lambda y: y == 2023, "stock date")
    chk_eq(F, doc.f(r"执行率@N@%，按执行率计分"), Val(ex.actual.rstrip("%")), "执行率 (四) vs table")
    chk_goals(F, doc, byname, [(r"饲养管理动物不少于@N@种", "饲养管理动物种类"),
                               (r"对不少于@N@只（头）易感动物", "重点疫病强制免疫动物数"),
                               (r"免疫抗体合格率不低于@N@%", "免疫抗体合格率"),
                               (r"动物年死亡率控制在@N@%以内", "动物年死亡率"),
                               (r"年均防疫成本不超过@N@元", "单只（头）动物年均防疫成本"),
                               (r"全年接待游客@N@万人次以上", "年接待游客量"),
                               (r"游客满意度不低于@N@%", "游客满意度"),
                               (r"元，低于@N@元的控制标准", "单只（头）动物年均防疫成本"),
                               (r"未达到@N@万人次的年度目标", "年接待游客量")])
    chk_year(F, doc.f(r"^淮安市动物园@N@年度"), lambda y: y == 2023, "title year")
    chk_year(F, doc.f(r"附件：@N@年度"), lambda y: y == 2023, "table year")
    return F


def spec_hn(doc):
    F = Findings()
    t = doc.t
    tabs = space_tables(t, {"资金来源", "季度", "一级指标"})
    fund = {r[0]: r for r in tabs["资金来源"][1:]}
    prov, city, own, tot = fund["省级科普专项补助"], fund["市级财政拨款"], fund["单位自有资金"], fund["合计"]
    for i, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        chk_sum(F, money(tot[i]), [money(prov[i]), money(city[i]), money(own[i])], f"funds {col}")
    for name, r in fund.items():
        chk_rate(F, money(r[3]), money(r[2]), Val(r[4].rstrip("%")), f"{name} 执行率")
    q = {r[0]: r for r in tabs["季度"][1:]}
    qs = [q[k] for k in ("一季度", "二季度", "三季度", "四季度")]
    for i, col in ((1, "场次"), (2, "人次")):
        chk_sum(F, Val(q["全年合计"][i]), [Val(r[i]) for r in qs], f"quarters {col}")
        chk_avg(F, [Val(r[i]) for r in qs], Val(q["季均"][i]), f"季均 {col}")
    ind = tabs["一级指标"]
    hdr = ind[0]
    rows, total = [], None
    for r in ind[1:]:
        d = dict(zip(hdr, r))
        if d["一级指标"] == "合计":
            total = d
            continue
        rows.append(Row(d["三级指标"], d["年度指标值"], d["实际完成值"], d["分值"], d["得分"], d["完成率"], d["一级指标"]))
    byname = {r.name: r for r in rows}
    text_total = doc.f(r"本项目自评得分@N@分")
    chk_table(F, rows, weight_totals=[total["分值"]], score_totals=[total["得分"], text_total])
    chk_grade(F, text_total, doc.word(r"评价等级为“(?P<g>优|良|中|差)”"), "grade")
    chk_eq(F, Val(byname["预算执行率"].actual.rstrip("%")), Val(tot[4].rstrip("%")), "执行率 table vs funds")
    init = doc.f(r"本项目年初预算@N@万元", "万元")
    c0, o0 = doc.fs(r"其中市级财政拨款@N1@万元、单位自有资金@N2@万元", "万元")
    p0 = doc.f(r"科普专项补助资金@N@万元", "万元")
    annual = doc.f(r"全年预算调增为@N@万元", "万元")
    chk_sum(F, init, [c0, o0], "年初 = 市级 + 自有")
    chk_sum(F, annual, [init, p0], "全年 = 年初 + 省级")
    chk_eq(F, init, money(tot[1]), "年初 text vs table")
    chk_eq(F, annual, money(tot[2]), "全年 text vs table")
    chk_eq(F, p0, money(prov[2]), "省级 text vs table")
    sp = doc.fs(r"全年支出@N1@万元，其中科普馆运行维护@N2@万元、科普展板及植物标识牌制作@N3@万元、"
                r"科普活动组织@N4@万元、志愿者培训及补贴@N5@万元", "万元")
    chk_sum(F, sp[0], sp[1:], "spending by use")
    chk_eq(F, sp[0], money(tot[3]), "spent text vs table")
    chk_eq(F, sp[1], Val(parse_tv(byname["科普馆运行维护费用"].actual)["s"], "万元"), "运行维护 text vs table")
    chk_diff(F, annual, sp[0], doc.f(r"年末未支出的@N@万元", "万元"), "未支出 = 全年 − 执行")
    chk_year(F, doc.f(r"已结转@N@年使用"), lambda y: y > 2019, "carry-forward year")
    chk_year(F, doc.f(r"^邵阳市植物园管理所\n@N@年度"), lambda y: y == 2019, "title year")
    chk_year(F, doc.f(r"附件：@N@年度"), lambda y: y == 2019, "table year")
    above = doc.f(r"执行率超过@N@%")
    if not Val(tot[4].rstrip("%")).d > above.d:
        F.add("rate_mismatch", "执行率超过 claim")
    lect = doc.f(r"共举办科普讲座及自然课堂@N@场")
    chk_eq(F, lect, Val(q["全年合计"][1]), "场次 text vs quarters")
    chk_eq(F, lect, Val(parse_tv(byname["科普讲座及自然课堂"].actual)["s"]), "场次 text vs table")
    act, per = doc.fs(r"科普活动组织支出@N1@万元，场均支出约@N2@元")
    act = Val(act.s, "万元")
    chk_eq(F, act, sp[3], "活动支出")
    chk_ratio(F, act, lect, per, D(10000), "场均支出")
    chk_eq(F, doc.f(r"植物标识牌@N@块"), Val(parse_tv(byname["科普展板及植物标识牌更新"].actual)["s"]), "展板块数")
    chk_eq(F, doc.f(r"研学@N@人次，因"), Val(parse_tv(byname["接待中小学生研学"].actual)["s"]), "研学")
    chk_eq(F, doc.f(r"信息准确率@N@%"), Val(parse_tv(byname["植物挂牌信息准确率"].actual)["s"]), "准确率")
    pub = doc.f(r"公众达@N@万人次", "万人次")
    pub_t = parse_tv(byname["公众参与科普活动人次"].target)
    chk_eq(F, pub, Val(parse_tv(byname["公众参与科普活动人次"].actual)["s"], "万人次"), "公众人次 text vs table")
    chk_eq(F, pub, Val(q["全年合计"][2], "人次"), "公众人次 text vs quarters")
    more = doc.f(r"比目标多出@N@%")
    if not close(more.s, (pub.d - pub_t["v"]) / pub_t["v"] * 100):
        F.add("completion_mismatch", "多出 %")
    chk_eq(F, doc.f(r"注册科普志愿者@N@人，"), Val(parse_tv(byname["注册科普志愿者人数"].actual)["s"]), "志愿者")
    chk_eq(F, doc.f(r"满意度@N@%。"), Val(parse_tv(byname["参与学生及家长满意度"].actual)["s"]), "满意度")
    chk_goals(F, doc, byname, [(r"自然课堂不少于@N@场", "科普讲座及自然课堂"),
                               (r"植物标识牌不少于@N@块", "科普展板及植物标识牌更新"),
                               (r"研学不少于@N@人次", "接待中小学生研学"),
                               (r"信息准确率不低于@N@%", "植物挂牌信息准确率"),
                               (r"公众参与科普活动@N@万人次以上", "公众参与科普活动人次"),
                               (r"注册科普志愿者不少于@N@人", "注册科普志愿者人数"),
                               (r"满意度不低于@N@%", "参与学生及家长满意度")])
    return F


def spec_sx(doc):
    F = Findings()
    funds, ind = cell_tables(doc.t)
    fr = {r[0]: r for r in funds[2:]}
    R = [fr[k] for k in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余",
                         "预算到位率(%)", "预算执行率(%)")]
    cols = ["总", "小计", "中央", "省", "市", "县", "结转", "其他"]
    for r in R[:5]:
        v = [money(x) for x in r[2:]]
        chk_sum(F, v[0], [v[1], v[6], v[7]], f"{r[0]} 总 = 财政 + 结转 + 其他")
        chk_sum(F, v[1], v[2:6], f"{r[0]} 小计 = 中央 + 省 + 市 + 县")
    for j in range(8):
        chk_diff(F, money(R[2][2 + j]), money(R[3][2 + j]), money(R[4][2 + j]), f"结余 {cols[j]}")
        chk_rate(F, money(R[2][2 + j]), money(R[1][2 + j]), Val(R[5][2 + j]), f"到位率 {cols[j]}")
        chk_rate(F, money(R[3][2 + j]), money(R[1][2 + j]), Val(R[6][2 + j]), f"执行率 {cols[j]}")
    meta = {}
    rows, total_w, total_s, grade = [], None, None, None
    l1 = ""
    hdr = None
    for r in ind:
        if r[0] in ("项目名称", "主管部门"):
            meta.update({r[i]: r[i + 1] for i in range(0, len(r), 2)})
            continue
        if r[0] == "一级指标":
            hdr = r
            continue
        if r[0] == "总分":
            total_w, total_s = r[3], r[7]
            continue
        if r[0] == "评价等级":
            grade = r[1]
            continue
        d = dict(zip(hdr, r))
        l1 = d["一级指标"] or l1
        rows.append(Row(d["三级指标"], d["目标值"], d["业绩值"], d["权重"], d["指标得分"], d["完成率"], l1))
    byname = {r.name: r for r in rows}
    text_total = doc.f(r"总得分@N@分")
    chk_table(F, rows, weight_totals=[total_w], score_totals=[total_s, text_total])
    chk_grade(F, Val(total_s), grade, "table grade")
    chk_year(F, Val(meta["评价年度"].replace("年度", "")), lambda y: y == 2022, "table 评价年度")
    chk_year(F, doc.f(r"^晋中市林业科学研究所\n@N@年度"), lambda y: y == 2022, "title year")
    ex = byname["预算执行率"]
    chk_eq(F, Val(ex.actual.rstrip("%")), Val(R[6][2]), "执行率 indicator vs funds")
    init = doc.f(r"年年初预算@N@万元", "万元")
    p, c = doc.fs(r"其中省级资金@N1@万元、市级资金@N2@万元", "万元")
    annual = doc.f(r"全年预算@N@万元，资金全部到位", "万元")
    chk_sum(F, init, [p, c], "年初 = 省 + 市")
    chk_eq(F, init, money(R[0][2]), "年初 text vs table")
    chk_eq(F, p, money(R[0][5]), "省级 text vs table")
    chk_eq(F, c, money(R[0][6]), "市级 text vs table")
    chk_eq(F, annual, money(R[1][2]), "全年 text vs table")
    sp = doc.fs(r"全年执行@N1@万元，其中圃地管护人工费@N2@万元、灌溉及水电费@N3@万元、肥料农药及耗材@N4@万元、"
                r"种质收集与鉴定费@N5@万元、数据库维护@N6@万元", "万元")
    chk_sum(F, sp[0], sp[1:], "spending by use")
    chk_eq(F, sp[0], money(R[3][2]), "spent text vs table")
    chk_eq(F, doc.f(r"其中预算执行率@N@%"), Val(R[6][2]), "执行率 text vs table")
    chk_eq(F, doc.f(r"其中预算执行率[\d.]+%，得@N@分"), Val(ex.score), "执行得分 text vs table")
    chk_eq(F, doc.f(r"省级资金执行率@N@%"), Val(R[6][5]), "省级执行率 text vs table")
    now, last, inc = doc.fs(r"年末圃内保存种质@N1@份，比2021年的@N2@份增加@N3@份")
    chk_diff(F, now, last, inc, "增加份数", code="sum_mismatch")
    chk_eq(F, now, Val(parse_tv(byname["保存珍稀树种种质份数"].actual)["s"]), "份数 text vs table")
    chk_eq(F, doc.f(r"抽样调查存活率@N@%"), Val(parse_tv(byname["保存种质存活率"].actual)["s"]), "存活率")
    per = doc.f(r"每份年均管护成本约@N@元")
    chk_ratio(F, sp[0], now, per, D(10000), "每份管护成本")
    chk_eq(F, per, Val(parse_tv(byname["每份种质年均管护成本"].actual)["s"]), "管护成本 text vs table")
    chk_eq(F, doc.f(r"繁殖材料@N@批次"), Val(parse_tv(byname["向科研院所及苗圃提供种质材料"].actual)["s"]), "批次")
    qual = byname["种质资源圃长期稳定运行"]
    chk_diff(F, Val(qual.weight), doc.f(r"酌情扣@N@分"), Val(qual.score), "deduction", code="score_sum_mismatch")
    chk_eq(F, doc.f(r"满意度@N@%。"), Val(parse_tv(byname["种质使用单位满意度"].actual)["s"]), "满意度")
    chk_eq(F, doc.f(r"按@N@份种质计算"), now, "份数 restated")
    batches = byname["向科研院所及苗圃提供种质材料"]
    chk_diff(F, Val(parse_tv(batches.target)["s"]), Val(parse_tv(batches.actual)["s"]),
             doc.f(r"有@N@家单位因采集计划推迟"), "missing batches", code="sum_mismatch")
    chk_goals(F, doc, byname, [(r"保存珍稀树种种质不少于@N@份", "保存珍稀树种种质份数"),
                               (r"存活率不低于@N@%", "保存种质存活率"),
                               (r"年均管护成本不超过@N@元", "每份种质年均管护成本"),
                               (r"种质材料不少于@N@批次", "向科研院所及苗圃提供种质材料"),
                               (r"未达到@N@批次的目标", "向科研院所及苗圃提供种质材料"),
                               (r"满意度不低于@N@%", "种质使用单位满意度")])
    return F


def spec_hl(doc):
    F = Findings()
    init = doc.f(r"中心年初预算@N@万元", "万元")
    add = doc.f(r"市财政追加@N@万元", "万元")
    annual = doc.f(r"全年预算收入@N@万元", "万元")
    chk_sum(F, annual, [init, add], "全年 = 年初 + 追加")
    src = doc.fs(r"财政拨款@N1@万元，事业收入（游船、冰雪项目及停车服务收入）@N2@万元，其他收入@N3@万元", "万元")
    chk_sum(F, annual, src, "收入 by source")
    spent, rate = doc.fs(r"全年支出@N1@万元，预算执行率@N2@%")
    spent = Val(spent.s, "万元")
    chk_rate(F, spent, annual, rate, "执行率")
    basic, staff, pub = doc.fs(r"其中基本支出@N1@万元，包括人员经费@N2@万元、公用经费@N3@万元", "万元")
    chk_sum(F, basic, [staff, pub], "基本支出 = 人员 + 公用")
    proj = doc.fs(r"项目支出@N1@万元，分别为园区设施维护项目@N2@万元、动物饲养与防疫项目@N3@万元、"
                  r"园林绿化养护项目@N4@万元、科普宣传及活动项目@N5@万元", "万元")
    chk_sum(F, proj[0], proj[1:], "项目支出 by project")
    chk_sum(F, spent, [basic, proj[0]], "支出 = 基本 + 项目")
    chk_diff(F, annual, spent, doc.f(r"年末结转资金@N@万元", "万元"), "结转 = 全年预算 − 支出")
    chk_year(F, doc.f(r"已结转至@N@年继续使用"), lambda y: y > 2024, "carry-forward year")
    chk_year(F, doc.f(r"^齐齐哈尔市公园管理中心@N@年度"), lambda y: y == 2024, "title year")
    chk_eq(F, spent, doc.f(r"中心2024年全年支出@N@万元", "万元"), "全年支出 restated")
    s3, dec, pct = doc.fs(r"“三公”经费支出@N1@万元，比上年减少@N2@万元，下降@N3@%")
    chk_rate(F, dec, Val(str(s3.d + dec.d)), pct, "三公 下降率")
    a, b, c = doc.fs(r"设施维修项目@N1@项，年度目标@N2@项，完成率@N3@%")
    if not close(c.s, a.d / b.d * 100):
        F.add("completion_mismatch", "设施维修完成率")
    a, b, c = doc.fs(r"木栈道改造完成@N1@公里，计划@N2@公里，完成率@N3@%")
    if not close(c.s, a.d / b.d * 100):
        F.add("completion_mismatch", "栈道完成率")
    b2, e2, r2 = doc.fs(r"动物饲养与防疫项目全年预算@N1@万元，执行@N2@万元，执行率@N3@%")
    chk_rate(F, Val(e2.s, "万元"), Val(b2.s, "万元"), r2, "动物项目执行率")
    chk_eq(F, Val(e2.s, "万元"), proj[2], "动物项目支出")
    per_sp = doc.f(r"平均每种动物全年约@N@万元", "万元")
    chk_ratio(F, Val(e2.s, "万元"), doc.f(r"按展区@N@种动物计算"), per_sp, D(1), "per-species cost")
    chk_eq(F, doc.f(r"按展区@N@种动物计算"), doc.f(r"动物展区饲养动物@N@种"), "species count")
    kp = doc.f(r"科普宣传及活动项目预算@N@万元，当年全部执行", "万元")
    chk_eq(F, kp, proj[4], "科普项目")
    chk_rate(F, proj[4], kp, doc.f(r"当年全部执行，执行率@N@%"), "科普项目执行率")
    chk_eq(F, doc.f(r"年度目标@N@项"), doc.f(r"设施维修项目不少于@N@项"), "设施维修 target restated")
    chk_eq(F, doc.f(r"公里，计划@N@公里"), doc.f(r"木栈道改造@N@公里；"), "栈道 target restated")
    goal_sat = doc.f(r"游客满意度不低于@N@%")
    chk_eq(F, doc.f(r"高于@N@%的年度目标"), goal_sat, "满意度 target restated")
    sat = doc.fs(r"满意度分别为@N1@%、@N2@%、@N3@%，平均@N4@%")
    for s in sat:
        chk_max100(F, s, "satisfaction")
    chk_avg(F, sat[:3], sat[3], "平均满意度")
    if not sat[3].d > goal_sat.d:
        F.add("conflicting_values", "average satisfaction said to exceed the target")
    w1, s1 = doc.fs(r"预算执行率（@N1@分）得@N2@分")
    w2, d2, s2 = doc.fs(r"产出指标（@N1@分）因木栈道改造未按期完成扣@N2@分，得@N3@分")
    w3, d3, s3_ = doc.fs(r"效益指标（@N1@分）因冰雪季部分设施故障导致游客投诉扣@N2@分，得@N3@分")
    w4, s4 = doc.fs(r"满意度指标（@N1@分）得@N2@分")
    total = doc.f(r"以上合计@N@分")
    W = w1.d + w2.d + w3.d + w4.d
    if W != 100:
        F.add("weight_sum_mismatch", f"weights {W}")
    for w, s in ((w1, s1), (w2, s2), (w3, s3_), (w4, s4)):
        if s.d > w.d or s.d < 0:
            F.add("score_exceeds_weight", f"{s} > {w}")
    chk_diff(F, w2, d2, s2, "产出 deduction", code="score_sum_mismatch")
    chk_diff(F, w3, d3, s3_, "效益 deduction", code="score_sum_mismatch")
    chk_sum(F, total, [s1, s2, s3_, s4], "total score", code="score_sum_mismatch")
    chk_grade(F, total, doc.word(r"评价等级为“(?P<g>优|良|中|差)”"), "grade")
    if not close(s1.s, w1.d * min(rate.d / 100, D(1))):
        F.add(WARN, "execution score")
    return F


SPECS = {
    "gx-liuzhou-qianjiubaohu-2021": spec_gx,
    "js-huaian-dongwuyuan-2023": spec_js,
    "hn-shaoyang-kepujidi-2019": spec_hn,
    "sx-jinzhong-zhongzhipu-2022": spec_sx,
    "hl-qiqihar-gongyuanzhongxin-2024": spec_hl,
}


# ---------------------------------------------------------------- driver
def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return (p, len(a) - s), (p, len(b) - s)


def count_figure(text, fig):
    if re.fullmatch(NUMRX, fig):
        norm = fig.replace(",", "")
        n = 0
        for m in re.finditer(rf"(?<![\d.,]){NUMRX}(?![\d])", text):
            if m.group(0).replace(",", "").rstrip(".") == norm:
                n += 1
        return n
    return text.count(fig)


def main():
    problems = []
    labels = [json.loads(ln) for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    listed = set(os.listdir(CASES))
    if listed != set(texts):
        problems.append(f"case files and labels differ: {sorted(listed ^ set(texts))}")
    if len(labels) != 35 or sum(r["clean"] for r in labels) != 5:
        problems.append("expected 35 cases, 5 clean")
    edits = {(p, n): (code, where, fig) for (p, n, code, where, _o, _n, _v, fig, _e) in build.EDITS}
    counts = {c: 0 for c in CODES}
    where = {"prose": 0, "table": 0}
    for rec in labels:
        name, text = rec["case"], texts[rec["case"]]
        spec = SPECS[rec["source"]]
        try:
            found = spec(Doc(text, name))
        except SpecError as e:
            problems.append(f"{name}: {e}")
            continue
        errs = {c for c, _ in found if c != WARN}
        warns = [m for c, m in found if c == WARN]
        if rec["clean"]:
            n = len(text)
            if rec["expected"]:
                problems.append(f"{name}: clean case with labels")
            if found:
                problems.append(f"{name}: clean draft fails: {found}")
            if not 2700 <= n <= 3500:
                problems.append(f"{name}: length {n} chars")
            print(f"{name:45s} clean  {n} chars  checks pass")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: must carry exactly one label")
            continue
        lab = rec["expected"][0]
        code, value = lab["code"], lab["value"]
        if code not in CODES or lab["severity"] != "error":
            problems.append(f"{name}: bad code/severity {code} {lab['severity']}")
        counts[code] = counts.get(code, 0) + 1
        n = int(re.search(r"-e(\d+)\.txt$", name).group(1))
        ecode, ewhere, fig = edits[(rec["source"], n)]
        where[ewhere] += 1
        if ecode != code:
            problems.append(f"{name}: label code {code} != build edit code {ecode}")
        clean = texts[f"{rec['source']}-clean.txt"]
        (c0, c1), (e0, e1) = diff_region(clean, text)
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not occ:
            problems.append(f"{name}: value {value!r} not in case")
        elif not any(o < max(e1, e0 + 1) and o + len(value) > e0 for o in occ):
            problems.append(f"{name}: value {value!r} does not overlap the edit [{e0},{e1})")
        if len(occ) > 1:
            problems.append(f"{name}: value {value!r} occurs {len(occ)} times")
        if fig is not None:
            k = count_figure(clean, fig)
            want = 2 if code == "conflicting_values" else 1
            if k != want:
                problems.append(f"{name}: changed figure {fig!r} occurs {k} times in the clean draft (want {want})")
        if code not in errs:
            problems.append(f"{name}: labelled {code} does not fail; found {found}")
        other = errs - {code}
        if other:
            problems.append(f"{name}: other error codes fail: {[f for f in found if f[0] in other]}")
        print(f"{name:45s} {code:22s} {ewhere:5s} edit [{e0},{e1}) warnings={len(warns)}")
    for c in CODES:
        if counts.get(c, 0) < 2:
            problems.append(f"code {c} used {counts.get(c, 0)} times (< 2)")
    print("per code:", ", ".join(f"{c}={counts[c]}" for c in CODES))
    print("where:", where)
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
