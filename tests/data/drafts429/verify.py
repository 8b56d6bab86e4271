#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. every label value occurs in its case; every error case differs from its clean draft in one contiguous
   place that overlaps the label value; a changed number occurs once in the clean draft (twice or more
   only for conflicting_values); each code is used at least twice;
2. redo the arithmetic of every draft with decimal.Decimal: every check passes on the clean drafts; on
   each error case the labelled code fails and no other error-level code fails (warnings such as
   score_rule_mismatch may fail, they are not labelled).
Tolerance (rules.md §8): a stated value with d decimals matches a computed value c iff |c - v| <= 0.5*10^-d.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
EPS = D("1e-9")
NUM = r"(?P<n>-?\d+(?:\.\d+)?)"
MONEY = r"(?P<u>亿元|万元|元)"
FACTOR = {"万元": D(1), "元": D("0.0001"), "亿元": D(10000)}
WARNINGS = {"score_rule_mismatch"}
ERROR_CODES = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
               "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
               "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
               "completion_mismatch"}


class Missing(Exception):
    pass


class N:
    """A stated number: raw digits, decimals, unit and factor to the base unit (万元 for money)."""

    def __init__(self, raw, unit=""):
        self.raw = raw
        try:
            self.v = D(raw)
        except Exception:
            raise Missing(f"not a number: {raw!r}")
        self.d = len(raw.split(".")[1]) if "." in raw else 0
        self.unit = unit or ""
        self.f = FACTOR.get(self.unit, D(1))

    @property
    def base(self):
        return self.v * self.f

    @property
    def tol(self):
        return D("0.5") * (D(10) ** -self.d) + EPS

    def __repr__(self):
        return f"{self.raw}{self.unit}"


def sub(p):
    return p.replace("{n}", NUM).replace("{u}", MONEY)


def g(t, pat, i=0):
    """i-th match of pattern (with {n} and optional {u}) -> N"""
    ms = list(re.finditer(sub(pat), t))
    if len(ms) <= i:
        raise Missing(pat)
    m = ms[i]
    gd = m.groupdict()
    return N(m.group("n"), gd.get("u") or "")


def gi(t, pat):
    """all integer captures of group 1 (years)"""
    return [int(x) for x in re.findall(pat, t)]


def close(computed, stated, scale=D(1)):
    """computed in base units vs stated N (optionally rescaled by 10^k)"""
    c = computed / stated.f
    return abs(c - stated.v * scale) <= stated.tol * scale


def rescue(fn, inputs, stated):
    """True if rescaling one input or the stated value by 10^±4 / 10^±8 reconciles the identity."""
    for k in (4, -4, 8, -8):
        s = D(10) ** k
        for i in range(len(inputs)):
            xs = list(inputs)
            xs[i] = xs[i] * s
            try:
                if close(fn(xs), stated):
                    return True
            except Exception:
                pass
        try:
            if close(fn(list(inputs)), stated, s):
                return True
        except Exception:
            pass
    return False


class Checker:
    def __init__(self, text):
        self.t = text
        self.res = []  # (code, ok, msg)

    def add(self, code, ok, msg):
        self.res.append((code, bool(ok), msg))

    # identities -------------------------------------------------------------------------------
    def ident(self, code, fn, inputs, stated, msg):
        xs = [x.base for x in inputs]
        try:
            ok = close(fn(xs), stated)
        except ZeroDivisionError:
            ok = False
        if ok:
            self.add(code, True, msg)
        elif rescue(fn, xs, stated):
            self.add("unit_mismatch", False, msg + " (reconciled by a power of ten)")
        else:
            self.add(code, False, f"{msg}: computed {fn(xs)} vs stated {stated}")

    def sum(self, total, parts, msg, code="sum_mismatch"):
        self.ident(code, lambda xs: sum(xs), parts, total, msg)

    def diff(self, result, a, b, msg, code="balance_mismatch"):
        self.ident(code, lambda xs: xs[0] - xs[1], [a, b], result, msg)

    def same(self, a, b, msg, code="conflicting_values"):
        self.ident(code, lambda xs: xs[0], [a], b, msg)

    def rate(self, num, den, stated, msg, code="rate_mismatch", bounded=True):
        if stated is None:  # printed "—"
            self.add(code, den.base == 0, msg + " (— only on a zero base)")
            return
        if den.base == 0:
            self.add("implausible_rate", False, msg + ": rate on a zero base")
            return
        if bounded and stated.v > 100:
            self.add("implausible_rate", False, msg + f": {stated}% above 100%")
            return
        self.ident(code, lambda xs: xs[0] / xs[1] * 100, [num, den], stated, msg)

    def avg(self, stated, total, count, msg):
        self.ident("average_mismatch", lambda xs: xs[0] / xs[1], [total, count], stated, msg)

    def prod(self, result, a, b, msg, code="sum_mismatch"):
        self.ident(code, lambda xs: xs[0] * xs[1], [a, b], result, msg)

    def bounded(self, stated, msg):
        self.add("implausible_rate", D(0) <= stated.v <= 100, msg + f" {stated}% within 0-100")

    def year(self, ok, msg):
        self.add("year_mismatch", ok, msg)

    def grade(self, total, word):
        s = total.v
        band = "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"
        syn = {"优": ("优", "优秀"), "良": ("良", "良好"), "中": ("中", "中等", "一般", "合格"),
               "差": ("差", "较差", "不合格")}
        self.add("grade_mismatch", word in syn[band], f"grade {word} for total {total}")

    # tables -----------------------------------------------------------------------------------
    def region(self, start, end=None):
        i = self.t.index(start)
        j = self.t.index(end, i) if end else len(self.t)
        return self.t[i:j]

    @staticmethod
    def row(region, key, schema):
        lines = []
        for line in region.split("\n"):
            cells = [c.strip() for c in re.split(r"\t| {2,}", line)]
            hits = [k for k, c in enumerate(cells) if c == key or c.split(" ")[-1] == key]
            if hits:  # the last matching cell: level cells may repeat the indicator name
                lines.append(cells[hits[-1] + 1:])
        if len(lines) != 1:
            raise Missing(f"table row {key}: {len(lines)} lines")
        cells = [c for c in lines[0]]
        # space-aligned rows lose empty cells; tab rows keep them: drop empties, then map schema
        vals = [c for c in cells if c != ""]
        out = {}
        for name, c in zip(schema, vals):
            out[name] = c
        for name in schema:
            out.setdefault(name, "")
        return out


def cell(s):
    """parse a table cell -> dict(kind, sign, n, unit)"""
    s = s.strip()
    if s in ("", "—", "-"):
        return {"kind": "none"}
    if re.match(r"\d{4}年\d{1,2}月", s):
        return {"kind": "date", "text": s}
    m = re.match(r"^(?P<sign>≥|≤|＞|＜|>=|<=|=)?(?P<n>-?\d+(?:\.\d+)?)(?P<u>.*)$", s)
    if not m:
        return {"kind": "text", "text": s}
    return {"kind": "num", "sign": m.group("sign") or "", "n": N(m.group("n"), m.group("u")),
            "unit": m.group("u")}


def date_key(s):
    m = re.match(r"(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?", s)
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3) or 31)
    return (y, mo, d)


def indicator(c, region, spec, completion=False, total_key="合计"):
    """Indicator table. spec: (key, level, kind); kind: gte | lte | zero | qual | date | ws (weight+score only).
    Checks: units of target/actual, satisfaction <= 100%, completion (if the column exists), score <= weight,
    score rule (warning), Σ weights = 100 = stated, Σ scores = stated total. Returns (parsed, stated total, Σ)."""
    parsed = {}
    wsum, ssum = D(0), D(0)
    for key, lvl, kind in spec:
        if kind == "ws":
            schema = ["weight", "score"]
        else:
            schema = ["target", "actual"] + (["completion"] if completion else []) + ["weight", "score"]
        r = c.row(region, key, schema)
        parsed[key] = (lvl, kind, r)
        w, s = N(r["weight"]), N(r["score"])
        wsum += w.v
        ssum += s.v
        c.add("score_exceeds_weight", D(0) <= s.v <= w.v, f"{key}: score {s} <= weight {w}")
        if kind == "ws":
            continue
        tg, ac = cell(r["target"]), cell(r["actual"])
        stc = None
        if completion and r["completion"] not in ("", "—"):
            stc = N(r["completion"].rstrip("%"))
        if kind in ("gte", "lte", "zero"):
            if tg["kind"] != "num" or ac["kind"] != "num" or tg["unit"] != ac["unit"]:
                c.add("unit_mismatch", False, f"{key}: target {r['target']} vs actual {r['actual']}")
                continue
            c.add("unit_mismatch", True, f"{key}: unit {tg['unit']}")
            T, A = tg["n"].v, ac["n"].v
            if "满意" in key:
                c.bounded(ac["n"], f"{key}:")
            if kind == "zero":
                comp = None
                expect = w.v if A <= T else D(0)
            elif kind == "lte":
                comp = D(100) if A <= T else T / A * 100
                expect = w.v * comp / 100
            else:
                comp = A / T * 100
                expect = w.v * min(comp, D(100)) / 100
            if stc is not None and comp is not None:
                c.add("completion_mismatch", close(comp, stc), f"{key}: completion {comp:.4f} vs {stc}")
            ok = abs(expect - s.v) <= s.tol
            if stc is not None:
                ok = ok or abs(w.v * min(stc.v, D(100)) / 100 - s.v) <= s.tol
            c.add("score_rule_mismatch", ok, f"{key}: score {s} vs rule {expect:.4f}")
        elif kind == "date":
            if tg["kind"] != "date" or ac["kind"] != "date":
                c.add("unit_mismatch", False, f"{key}: target {r['target']} vs actual {r['actual']}")
                continue
            c.add("unit_mismatch", True, f"{key}: dates")
            on_time = date_key(ac["text"]) <= date_key(tg["text"])
            c.add("score_rule_mismatch", (s.v == w.v) == on_time, f"{key}: on time -> full score")
        elif kind == "qual":
            ratio = s.v / w.v
            band = (D("0.6") <= ratio < D("0.8")) if "部分" in r["actual"] else ratio >= D("0.8")
            c.add("score_rule_mismatch", band, f"{key}: qualitative band")
    tot = c.row(region, total_key, ["weight", "score"])
    tw, ts = N(tot["weight"]), N(tot["score"])
    c.add("weight_sum_mismatch", wsum == 100 and tw.v == 100, f"Σ weights {wsum}, stated {tw}")
    c.add("score_sum_mismatch", abs(ssum - ts.v) <= ts.tol, f"Σ scores {ssum} vs stated {ts}")
    return parsed, ts, ssum


def actual(parsed, key):
    ce = cell(parsed[key][2]["actual"])
    if ce["kind"] != "num":
        raise Missing(key)
    return ce["n"]


def same_actual(c, parsed, key, stated, msg):
    """text figure vs table actual; skipped when the table cell is no longer a number (unit check covers it)"""
    ce = cell(parsed[key][2]["actual"])
    if ce["kind"] == "num":
        c.same(ce["n"], stated, msg)


def lvl_sum(parsed, lvl):
    return sum((N(r["score"]).v for (l, k, r) in parsed.values() if l == lvl), D(0))


def pct(s):
    return None if s.strip() in ("—", "") else N(s.strip().rstrip("%"))


# ================================================================================== 德江 2021
def check_dejiang(t):
    c = Checker(t)
    Y = 2021
    budget = g(t, r"全年预算{n}{u}，其中当年财政拨款")
    fiscal = g(t, r"其中当年财政拨款{n}{u}（中央")
    central = g(t, r"中央林业改革发展资金{n}{u}")
    prov = g(t, r"省级资金{n}{u}、县级资金")
    county = g(t, r"县级资金{n}{u}，县级资金含")
    add = g(t, r"7月追加的{n}{u}")
    carry = g(t, r"上年结转资金{n}{u}。资金全部到位")
    spent = g(t, r"全年支出{n}{u}，预算执行率")
    rate = g(t, r"预算执行率{n}%。分资金来源")
    cspent = g(t, r"县级资金支出{n}{u}，执行率")
    crate = g(t, r"县级资金支出[^，]+，执行率{n}%")
    parts = [g(t, r"种植补助{n}{u}，菌种"), g(t, r"菌种菌材繁育点建设{n}{u}"),
             g(t, r"技术培训和指导{n}{u}"), g(t, r"检测及品牌推介{n}{u}")]
    unspent = g(t, r"年末未支出资金{n}{u}")
    c.sum(fiscal, [central, prov, county], "当年财政拨款 = 中央 + 省 + 县")
    c.sum(budget, [fiscal, carry], "全年预算 = 当年拨款 + 上年结转")
    c.rate(spent, budget, rate, "预算执行率")
    c.rate(cspent, county, crate, "县级资金执行率")
    c.sum(spent, parts, "支出构成")
    c.diff(unspent, budget, spent, "未支出 = 全年预算 - 全年支出")
    c.year(all(y > Y for y in gi(t, r"结转至(\d{4})年")), "carry-over goes to a later year")
    c.year(all(y == Y for y in gi(t, r"(\d{4})年度")), "evaluation year in title/table")
    # areas and subsidies
    area = g(t, r"全年新增林下中药材{n}亩")
    tm, hj, bj = g(t, r"其中天麻{n}亩"), g(t, r"黄精{n}亩、白及"), g(t, r"白及{n}亩。")
    c.sum(area, [tm, hj, bj], "面积 = 天麻 + 黄精 + 白及")
    std_tm, std_hj = g(t, r"林下天麻每亩补助{n}元"), g(t, r"黄精、白及每亩补助{n}元")
    sub_tm, sub_hj = g(t, r"天麻补助{n}{u}"), g(t, r"黄精、白及补助{n}{u}")
    sub_all = g(t, r"合计{n}{u}，与实际兑付数一致")
    c.ident("sum_mismatch", lambda xs: xs[0] * xs[1] / 10000, [tm, std_tm], sub_tm, "天麻补助 = 面积 x 元/亩")
    c.ident("sum_mismatch", lambda xs: (xs[0] + xs[1]) * xs[2] / 10000, [hj, bj, std_hj], sub_hj,
            "黄精白及补助 = 面积 x 元/亩")
    c.sum(sub_all, [sub_tm, sub_hj], "补助合计")
    c.same(sub_all, parts[0], "补助合计 = 种植补助支出")
    hh = g(t, r"扶持种植户{n}户（")
    hh2 = g(t, r"经入户测算，{n}户种植户")
    inc = g(t, r"累计增收{n}{u}")
    per = g(t, r"户均增收{n}(?P<u>元)；")
    c.same(hh2, hh, "种植户数 (two mentions)")
    c.avg(per, inc, hh2, "户均增收 = 累计增收 / 户数")
    # funds table
    ft = c.region("资金情况（万元）", "一级指标")
    sch = ["init", "annual", "spent", "w", "rate", "score"]
    rows = {k: c.row(ft, k, sch) for k in ("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金")}
    for col in ("init", "annual", "spent"):
        c.sum(N(rows["年度资金总额"][col]), [N(rows[k][col]) for k in ("当年财政拨款", "上年结转资金", "其他资金")],
              f"funds table column {col}")
    for k, r in rows.items():
        c.rate(N(r["spent"]), N(r["annual"]), pct(r["rate"]), f"funds table {k} 执行率")
    tot = rows["年度资金总额"]
    c.same(N(tot["annual"]), budget, "全年预算 table vs text")
    c.same(N(tot["spent"]), spent, "全年执行 table vs text")
    c.same(pct(tot["rate"]), rate, "执行率 table vs text")
    c.same(N(rows["当年财政拨款"]["annual"]), fiscal, "当年拨款 table vs text")
    c.same(N(rows["上年结转资金"]["annual"]), carry, "上年结转 table vs text")
    c.sum(N(rows["当年财政拨款"]["annual"]), [N(rows["当年财政拨款"]["init"]), add], "年初 + 追加 = 全年")
    c.add("score_rule_mismatch", abs(D(10) * rate.v / 100 - N(tot["score"]).v) <= N(tot["score"]).tol,
          "execution score = 10 x rate")
    # indicator table
    it = c.region("一级指标")
    spec = [("林下中药材种植面积", "产出", "gte"), ("林下天麻种植面积", "产出", "gte"),
            ("扶持种植户数", "产出", "gte"), ("技术培训", "产出", "gte"), ("菌种合格率", "产出", "gte"),
            ("栽种保存率", "产出", "gte"), ("补助资金兑付及时率", "产出", "gte"),
            ("天麻种植补助标准", "产出", "lte"), ("林下中药材年产值", "效益", "gte"),
            ("带动脱贫户", "效益", "gte"), ("毁林开垦面积", "效益", "zero"), ("长效经营机制", "效益", "qual"),
            ("种植户满意度", "满意度", "gte"), ("预算执行率", "执行", "ws")]
    parsed, ts, ssum = indicator(c, it, spec)
    ex = parsed["预算执行率"][2]
    c.same(N(ex["score"]), N(tot["score"]), "execution score indicator table vs funds table")
    c.same(N(ex["weight"]), N(tot["w"]), "execution weight indicator table vs funds table")
    total = g(t, r"自评得分{n}分")
    exs = g(t, r"预算执行率得分{n}分")
    rest = g(t, r"满意度指标合计得分{n}分")
    c.same(exs, N(ex["score"]), "execution score text vs table")
    c.same(total, ts, "total text vs table")
    c.add("score_sum_mismatch", abs(ssum - total.v) <= total.tol, f"Σ rows {ssum} vs text total {total}")
    c.add("score_sum_mismatch", abs(ssum - N(ex["score"]).v - rest.v) <= rest.tol, "产出+效益+满意度 in text")
    c.grade(total, re.search(r"评价等级为\"(.+?)\"", t).group(1))
    same_actual(c, parsed, "林下中药材种植面积", area, "面积 text vs table")
    same_actual(c, parsed, "林下天麻种植面积", tm, "天麻 text vs table")
    same_actual(c, parsed, "扶持种植户数", hh, "户数 text vs table")
    same_actual(c, parsed, "带动脱贫户", g(t, r"带动脱贫户{n}户"), "脱贫户 text vs table")
    same_actual(c, parsed, "林下中药材年产值", g(t, r"年产值{n}{u}"), "产值 text vs table")
    same_actual(c, parsed, "天麻种植补助标准", std_tm, "补助标准 text vs table")
    return c.res


# ================================================================================== 隆回 2023
def check_longhui(t):
    c = Checker(t)
    Y = 2023
    total_f = g(t, r"林下黄精种植基地建设补助资金{n}{u}")
    prov = g(t, r"省级林业改革发展资金{n}{u}")
    city = g(t, r"市级配套资金{n}{u}")
    county = g(t, r"县级配套资金{n}{u}")
    adv = g(t, r"资金中有{n}{u}于")
    rest = g(t, r"其余{n}{u}于")
    c.sum(total_f, [prov, city, county], "资金 = 省 + 市 + 县")
    c.sum(prov, [adv, rest], "省级 = 提前下达 + 其余")
    c.year(all(y == Y - 1 for y in gi(t, r"(\d{4})年12月提前下达")), "advance issue in December before")
    c.year(all(y == Y for y in gi(t, r"其余[^。]*?于(\d{4})年")), "remaining funds issued in the year")
    c.year(all(y == Y for y in gi(t, r"截至(\d{4})年12月31日")), "截至 date names the evaluation year")
    c.year(all(y > Y for y in gi(t, r"结转至(\d{4})年")), "carry-over goes to a later year")
    c.year(all(y == Y for y in gi(t, r"(\d{4})年度")), "evaluation year")
    spent = g(t, r"实际支出{n}{u}，预算执行率")
    rate = g(t, r"预算执行率{n}%。其中")
    parts = [g(t, r"林下种植补助{n}{u}"), g(t, r"育苗基地建设{n}{u}"), g(t, r"技术服务及培训{n}{u}"),
             g(t, r"产品检测及市场推介{n}{u}")]
    bal = g(t, r"剩余{n}{u}为")
    c.rate(spent, total_f, rate, "预算执行率")
    c.sum(spent, parts, "支出构成")
    c.diff(bal, total_f, spent, "结转 = 预算 - 支出")
    s1, s2 = g(t, r"连片基地每亩补助{n}元"), g(t, r"散户种植每亩补助{n}元")
    a1, m1 = g(t, r"验收连片基地{n}亩"), g(t, r"亩，补助{n}{u}；散户")
    a2, m2 = g(t, r"散户种植{n}亩，补助"), g(t, r"散户种植\d+亩，补助{n}{u}")
    c.ident("sum_mismatch", lambda xs: xs[0] * xs[1] / 10000, [a1, s1], m1, "连片补助 = 面积 x 元/亩")
    c.ident("sum_mismatch", lambda xs: xs[0] * xs[1] / 10000, [a2, s2], m2, "散户补助 = 面积 x 元/亩")
    c.sum(parts[0], [m1, m2], "林下种植补助 = 连片 + 散户")
    area = g(t, r"全年新增林下中药材{n}亩，其中")
    hj, yz = g(t, r"其中黄精{n}亩"), g(t, r"玉竹{n}亩；")
    c.sum(area, [hj, yz], "面积 = 黄精 + 玉竹")
    c.sum(area, [a1, a2], "面积 = 连片 + 散户")
    lp = g(t, r"连片基地{n}亩，完成")
    c.same(lp, a1, "连片面积 (two mentions)")
    tgt = g(t, r"连片基地不少于{n}亩")
    comp = g(t, r"完成年度目标的{n}%")
    c.ident("completion_mismatch", lambda xs: xs[0] / xs[1] * 100, [lp, tgt], comp, "连片基地完成率")
    hh = g(t, r"项目带动农户{n}户")
    inc = g(t, r"累计增收{n}{u}")
    per = g(t, r"户均增收{n}(?P<u>元)")
    c.avg(per, inc, hh, "户均增收 = 累计增收 / 户数")
    # funds table
    ft = c.region("附件1", "附件2")
    sch = ["annual", "recv", "spent"]
    rows = {k: c.row(ft, k, sch) for k in ("省级资金", "市级资金", "县级资金", "合计")}
    for col in sch:
        c.sum(N(rows["合计"][col]), [N(rows[k][col]) for k in ("省级资金", "市级资金", "县级资金")],
              f"funds table column {col}")
    c.same(N(rows["合计"]["annual"]), total_f, "预算 table vs text")
    c.same(N(rows["合计"]["spent"]), spent, "支出 table vs text")
    c.rate(N(rows["合计"]["recv"]), N(rows["合计"]["annual"]), g(t, r"到位率{n}%"), "到位率")
    # indicator table
    it = c.region("附件2", "隆回县林业局\n2024")
    spec = [("林下中药材种植面积", "产出", "gte"), ("连片基地面积（30亩以上）", "产出", "gte"),
            ("中药材育苗基地", "产出", "gte"), ("技术培训", "产出", "gte"), ("种植验收合格率", "产出", "gte"),
            ("补助资金兑付时间", "产出", "date"), ("连片基地补助标准", "产出", "lte"),
            ("带动农户增收总额", "效益", "gte"), ("带动脱贫户和监测户", "效益", "gte"),
            ("林地用途不改变率", "效益", "gte"), ("\"合作社+农户\"模式覆盖率", "效益", "gte"),
            ("种植户满意度", "满意度", "gte"), ("预算执行率", "执行", "gte")]
    parsed, ts, ssum = indicator(c, it, spec)
    same_actual(c, parsed, "预算执行率", rate, "执行率 table vs text")
    total = g(t, r"自评得分{n}分")
    c.same(total, ts, "total text vs table")
    c.grade(total, re.search(r"评价等级为\"(.+?)\"", t).group(1))
    same_actual(c, parsed, "林下中药材种植面积", area, "面积 text vs table")
    same_actual(c, parsed, "连片基地面积（30亩以上）", a1, "连片 text vs table")
    same_actual(c, parsed, "连片基地补助标准", s1, "补助标准 text vs table")
    same_actual(c, parsed, "带动农户增收总额", inc, "增收总额 text vs table")
    same_actual(c, parsed, "带动脱贫户和监测户", g(t, r"其中脱贫户和监测户{n}户"), "脱贫户 text vs table")
    same_actual(c, parsed, "技术培训", g(t, r"举办技术培训{n}期，未完成"), "培训期数 text vs table")
    same_actual(c, parsed, "\"合作社+农户\"模式覆盖率", g(t, r"模式覆盖率为{n}%"), "覆盖率 text vs table")
    return c.res


# ================================================================================== 思茅 2020
def check_simao(t):
    c = Checker(t)
    Y = 2020
    init = g(t, r"年初预算{n}{u}，其中中央")
    cen, prov, dist = g(t, r"中央资金{n}{u}、省级"), g(t, r"省级资金{n}{u}、区级"), g(t, r"区级资金{n}{u}。受疫情")
    cut = g(t, r"区级配套调减{n}{u}")
    annual = g(t, r"全年预算调整为{n}{u}")
    adv, rest = g(t, r"中央资金中{n}{u}已于"), g(t, r"其余{n}{u}于")
    c.sum(init, [cen, prov, dist], "年初 = 中央 + 省 + 区")
    c.diff(annual, init, cut, "全年 = 年初 - 调减", code="sum_mismatch")
    c.sum(cen, [adv, rest], "中央 = 提前下达 + 其余")
    c.year(all(y == Y - 1 for y in gi(t, r"已于(\d{4})年12月提前下达")), "advance issue in December before")
    c.year(all(y == Y for y in gi(t, r"其余[^。]*?于(\d{4})年")), "remaining central funds in the year")
    c.year(all(y > Y for y in gi(t, r"结转至(\d{4})年")), "carry-over goes to a later year")
    c.year(all(y == Y for y in gi(t, r"(\d{4})年度")), "evaluation year")
    # Shanxi-style funds table
    ft = c.region("单位：万元", "全年执行资金中")
    sch = ["line", "tot", "cen", "prov", "dist"]
    keys = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)", "预算执行率(%)"]
    R = {k: c.row(ft, k, sch) for k in keys}
    for k in keys[:5]:
        c.sum(N(R[k]["tot"]), [N(R[k][x]) for x in ("cen", "prov", "dist")], f"{k}: 合计 = 中央 + 省 + 区")
    for col in ("tot", "cen", "prov", "dist"):
        c.diff(N(R["资金结余"][col]), N(R["实际到位资金"][col]), N(R["全年执行资金"][col]), f"(5)=(3)-(4) {col}")
        c.rate(N(R["实际到位资金"][col]), N(R["全年预算资金"][col]), pct(R["预算到位率(%)"][col]), f"(6) {col}")
        c.rate(N(R["全年执行资金"][col]), N(R["全年预算资金"][col]), pct(R["预算执行率(%)"][col]), f"(7) {col}")
    c.same(N(R["年初预算资金"]["tot"]), init, "年初 table vs text")
    c.same(N(R["全年预算资金"]["tot"]), annual, "全年 table vs text")
    for x, v in (("cen", cen), ("prov", prov), ("dist", dist)):
        c.same(N(R["年初预算资金"][x]), v, f"年初 {x} table vs text")
    spent = N(R["全年执行资金"]["tot"])
    parts = [g(t, r"种植补助{n}{u}，遮荫"), g(t, r"遮荫设施补助{n}{u}"), g(t, r"生物防控物资{n}{u}"),
             g(t, r"技术服务与检测{n}{u}")]
    c.sum(spent, parts, "支出构成")
    c.rate(spent, N(R["实际到位资金"]["tot"]), g(t, r"资金使用率为{n}%"), "使用率 (到位 base)")
    c.sum(N(R["全年预算资金"]["dist"]), [N(R["实际到位资金"]["dist"]), g(t, r"仍有{n}{u}未到位")], "区级未到位")
    # outputs
    b1, b2 = g(t, r"面积分别为{n}亩和"), g(t, r"亩和{n}亩，")
    sq = g(t, r"林下三七合计{n}亩")
    cl = g(t, r"另种植林下重楼{n}亩")
    c.sum(sq, [b1, b2], "三七面积 = 两个基地")
    s_sq, s_cl = g(t, r"三七每亩补助{n}元"), g(t, r"重楼每亩补助{n}元")
    m_sq, m_cl = g(t, r"三七补助{n}{u}、"), g(t, r"重楼补助{n}{u}，")
    c.ident("sum_mismatch", lambda xs: xs[0] * xs[1] / 10000, [sq, s_sq], m_sq, "三七补助 = 面积 x 元/亩")
    c.ident("sum_mismatch", lambda xs: xs[0] * xs[1] / 10000, [cl, s_cl], m_cl, "重楼补助 = 面积 x 元/亩")
    c.sum(parts[0], [m_sq, m_cl], "种植补助 = 三七 + 重楼")
    tgt_sq = g(t, r"种植林下三七{n}亩、")
    c.ident("completion_mismatch", lambda xs: xs[0] / xs[1] * 100, [sq, tgt_sq], g(t, r"只完成目标的{n}%"),
            "三七面积完成率 (text)")
    hh = g(t, r"项目带动农户{n}户")
    times = g(t, r"全年用工{n}人次")
    wage = g(t, r"按日均{n}(?P<u>元)")
    rent = g(t, r"林地租金{n}{u}")
    inc = g(t, r"农户合计增收{n}{u}")
    per = g(t, r"户均增收{n}(?P<u>元)")
    c.avg(per, inc, hh, "户均增收 = 合计增收 / 户数")
    # indicator table
    it = c.region("附件1", "普洱市思茅区林业和草原局\n2021")
    spec = [("林下三七种植面积", "产出", "gte"), ("林下重楼种植面积", "产出", "gte"), ("示范基地", "产出", "gte"),
            ("种苗成活率", "产出", "gte"), ("种植完成时间", "产出", "date"), ("三七种植补助标准", "产出", "lte"),
            ("务工劳务收入", "效益", "gte"), ("带动农户", "效益", "gte"), ("林分郁闭度保持率", "效益", "gte"),
            ("技术规程", "效益", "gte"), ("农户满意度", "满意度", "gte"), ("预算执行率", "执行", "gte")]
    parsed, ts, ssum = indicator(c, it, spec, completion=True)
    labour = actual(parsed, "务工劳务收入")
    c.avg(wage, labour, times, "日均工资 = 劳务收入 / 人次")
    c.sum(inc, [labour, rent], "合计增收 = 劳务 + 租金")
    same_actual(c, parsed, "预算执行率", pct(R["预算执行率(%)"]["tot"]), "执行率 indicator vs funds table")
    same_actual(c, parsed, "林下三七种植面积", sq, "三七 text vs table")
    same_actual(c, parsed, "林下重楼种植面积", cl, "重楼 text vs table")
    same_actual(c, parsed, "带动农户", hh, "农户 text vs table")
    same_actual(c, parsed, "种苗成活率", g(t, r"种苗成活率{n}%，"), "成活率 text vs table")
    same_actual(c, parsed, "三七种植补助标准", s_sq, "补助标准 text vs table")
    same_actual(c, parsed, "农户满意度", g(t, r"满意度为{n}%"), "满意度 text vs table")
    same_actual(c, parsed, "示范基地", g(t, r"建成示范基地{n}个"), "基地数 text vs table")
    total = g(t, r"自评得分{n}分")
    sub = {k: g(t, p) for k, p in (("执行", r"预算执行{n}分"), ("产出", r"产出指标{n}分"),
                                    ("效益", r"效益指标{n}分"), ("满意度", r"满意度{n}分"))}
    c.same(total, ts, "total text vs table")
    for k, v in sub.items():
        c.add("score_sum_mismatch", abs(lvl_sum(parsed, k) - v.v) <= v.tol, f"{k} subtotal text vs rows")
    c.add("score_sum_mismatch", abs(sum(v.v for v in sub.values()) - total.v) <= total.tol, "Σ subtotals = total")
    c.grade(total, re.search(r"评价等级为(.)", t).group(1))
    return c.res


# ================================================================================== 磐安 2019
def check_panan(t):
    c = Checker(t)
    Y = 2019
    budget = g(t, r"项目资金{n}{u}，其中")
    cty, prov = g(t, r"产业发展专项{n}{u}"), g(t, r"特色产业补助{n}{u}")
    c.sum(budget, [cty, prov], "资金 = 县 + 省")
    spent = g(t, r"实际支出{n}{u}，预算执行率")
    rate = g(t, r"预算执行率{n}%。具体")
    parts = [g(t, r"林下种植补助{n}{u}，"), g(t, r"产地初加工设备补助{n}{u}"), g(t, r"技术指导与培训{n}{u}"),
             g(t, r"品牌展销{n}{u}。")]
    bal = g(t, r"结余资金{n}{u}")
    c.rate(spent, budget, rate, "预算执行率")
    c.sum(spent, parts, "支出构成")
    c.diff(bal, budget, spent, "结余 = 预算 - 支出")
    c.year(all(y == Y for y in gi(t, r"截至(\d{4})年12月31日")), "截至 names the evaluation year")
    c.year(all(y == Y for y in gi(t, r"(\d{4})年度")), "evaluation year")
    c.year(all(y == Y for y in gi(t, r"资金于(\d{4})年")), "funds received in the year")
    hi, lo = g(t, r"每亩补助{n}元；黄精"), g(t, r"黄精每亩补助{n}元")
    area = g(t, r"全年新增林下中药材种植{n}亩")
    syq, sh, hj = g(t, r"其中三叶青{n}亩"), g(t, r"铁皮石斛{n}亩、黄精"), g(t, r"黄精{n}亩；")
    two = g(t, r"三叶青和铁皮石斛合计{n}亩")
    c.sum(area, [syq, sh, hj], "面积 = 三叶青 + 石斛 + 黄精")
    c.sum(two, [syq, sh], "三叶青 + 石斛")
    c.ident("sum_mismatch", lambda xs: (xs[0] * xs[1] + xs[2] * xs[3]) / 10000, [two, hi, hj, lo], parts[0],
            "种植补助 = 600亩 x 1500元 + 900亩 x 800元")
    tgt2 = g(t, r"三叶青和铁皮石斛不少于{n}亩")
    short = g(t, r"比年度目标少{n}亩")
    c.diff(short, tgt2, two, "目标差额", code="sum_mismatch")
    eq_n, eq_avg = g(t, r"全年补助{n}户"), g(t, r"平均每户{n}{u}")
    c.avg(eq_avg, parts[1], eq_n, "设备补助户均")
    hh, per, inc = g(t, r"项目带动农户{n}户"), g(t, r"户均增收{n}(?P<u>元)"), g(t, r"累计增收{n}{u}")
    c.avg(per, inc, hh, "户均增收 = 累计增收 / 户数")
    it = c.region("附件：", "填报单位")
    spec = [("林下中药材新增种植面积", "产出", "gte"), ("三叶青及铁皮石斛种植面积", "产出", "gte"),
            ("初加工设备补助户数", "产出", "gte"), ("技术培训", "产出", "gte"), ("种植验收合格率", "产出", "gte"),
            ("补助资金兑付时间", "产出", "date"), ("黄精种植补助标准", "产出", "lte"),
            ("三叶青种植补助标准", "产出", "lte"), ("林下中药材产值", "效益", "gte"),
            ("带动农户增收总额", "效益", "gte"), ("带动农户", "效益", "gte"), ("林下植被保护", "效益", "qual"),
            ("中药材专业合作社", "效益", "gte"), ("种植户满意度", "满意度", "gte"), ("预算执行率", "执行", "ws")]
    parsed, ts, ssum = indicator(c, it, spec)
    ex = parsed["预算执行率"][2]
    c.add("score_rule_mismatch", abs(N(ex["weight"]).v * rate.v / 100 - N(ex["score"]).v) <= N(ex["score"]).tol,
          "execution score = 10 x rate")
    total = g(t, r"自评得分{n}分")
    c.same(total, ts, "total text vs table")
    c.add("score_sum_mismatch", abs(ssum - total.v) <= total.tol, f"Σ rows {ssum} vs text total {total}")
    c.grade(total, re.search(r"等级为(..)", t).group(1))
    same_actual(c, parsed, "林下中药材新增种植面积", area, "面积 text vs table")
    same_actual(c, parsed, "三叶青及铁皮石斛种植面积", two, "三叶青+石斛 text vs table")
    same_actual(c, parsed, "初加工设备补助户数", eq_n, "设备户数 text vs table")
    same_actual(c, parsed, "技术培训", g(t, r"培训{n}人次，"), "培训 text vs table")
    same_actual(c, parsed, "种植验收合格率", g(t, r"验收合格率{n}%"), "合格率 text vs table")
    same_actual(c, parsed, "林下中药材产值", g(t, r"林下中药材产值{n}{u}，"), "产值 text vs table")
    same_actual(c, parsed, "带动农户增收总额", inc, "增收总额 text vs table")
    same_actual(c, parsed, "带动农户", hh, "农户 text vs table")
    same_actual(c, parsed, "中药材专业合作社", g(t, r"发展到{n}家"), "合作社 text vs table")
    same_actual(c, parsed, "黄精种植补助标准", lo, "黄精标准 text vs table")
    same_actual(c, parsed, "三叶青种植补助标准", hi, "三叶青标准 text vs table")
    return c.res


# ================================================================================== 抚松 2024
def check_fusong(t):
    c = Checker(t)
    Y = 2024
    init = g(t, r"部门年初预算{n}{u}")
    annual = g(t, r"全年预算调整为{n}{u}")
    spent = g(t, r"全年实际支出{n}{u}")
    rate = g(t, r"全年实际支出[^，]+，预算执行率{n}%")
    basic, staff, office = g(t, r"基本支出{n}{u}（"), g(t, r"人员经费{n}{u}"), g(t, r"公用经费{n}{u}")
    b_bud, b_rate = g(t, r"全年预算{n}{u}，执行率[^；]+；项目"), g(t, r"执行率{n}%；项目支出")
    proj, p_bud = g(t, r"项目支出{n}{u}，全年预算"), g(t, r"项目支出[^，]+，全年预算{n}{u}")
    p_rate = g(t, r"项目支出[^，]+，全年预算[^，]+，执行率{n}%")
    left = g(t, r"未支出的{n}{u}")
    c.rate(spent, annual, rate, "部门预算执行率")
    c.sum(basic, [staff, office], "基本支出 = 人员 + 公用")
    c.rate(basic, b_bud, b_rate, "基本支出执行率")
    c.rate(proj, p_bud, p_rate, "项目支出执行率")
    c.sum(spent, [basic, proj], "支出 = 基本 + 项目")
    c.sum(annual, [b_bud, p_bud], "全年预算 = 基本 + 项目")
    c.diff(left, annual, spent, "未支出 = 全年预算 - 支出")
    c.year(all(y > Y for y in gi(t, r"结转至(\d{4})年")), "carry-over goes to a later year")
    c.year(all(y == Y for y in gi(t, r"截至(\d{4})年12月31日")), "截至 names the evaluation year")
    c.year(all(y == Y for y in gi(t, r"(\d{4})年度")), "evaluation year")
    sg, car, rec = g(t, r"\"三公\"经费支出{n}{u}"), g(t, r"运行维护费{n}{u}"), g(t, r"公务接待费{n}{u}，无")
    c.sum(sg, [car, rec], "三公 = 车 + 接待")
    last = g(t, r"较上年（{n}{u}）下降")
    c.ident("rate_mismatch", lambda xs: (xs[0] - xs[1]) / xs[0] * 100, [last, rec], g(t, r"下降{n}%"),
            "公务接待费降幅")
    # project table
    pt = c.region("项目名称", "（二）林下中药材")
    sch = ["annual", "spent", "rate", "w", "score"]
    names = ["林下参及林下中药材产业扶持", "森林草原防火", "公益林管护补偿", "林业有害生物防治", "林业科技推广及林木种苗"]
    P = {k: c.row(pt, k, sch) for k in names}
    for k, r in P.items():
        c.rate(N(r["spent"]), N(r["annual"]), pct(r["rate"]), f"{k} 执行率")
        c.add("score_exceeds_weight", D(0) <= N(r["score"]).v <= N(r["w"]).v, f"{k}: score <= 分值")
    ptot = c.row(pt, "合计", ["annual", "spent"])
    c.sum(N(ptot["annual"]), [N(P[k]["annual"]) for k in names], "项目全年预算合计")
    c.sum(N(ptot["spent"]), [N(P[k]["spent"]) for k in names], "项目支出合计")
    c.same(N(ptot["annual"]), p_bud, "项目预算 table vs text")
    c.same(N(ptot["spent"]), proj, "项目支出 table vs text")
    c.same(pct(P["林业科技推广及林木种苗"]["rate"]), g(t, r"执行率只有{n}%"), "种苗项目执行率 text vs table")
    # 林下参
    area = g(t, r"新增林下中药材种植{n}亩（上年")
    rs, wwz, xx = g(t, r"其中林下参{n}亩"), g(t, r"五味子{n}亩、细辛"), g(t, r"细辛{n}亩。")
    c.sum(area, [rs, wwz, xx], "面积 = 林下参 + 五味子 + 细辛")
    s_rs, s_o = g(t, r"林下参每亩{n}元"), g(t, r"细辛每亩{n}元")
    m_rs, m_o, m_all = g(t, r"兑付林下参补助{n}{u}"), g(t, r"五味子和细辛补助{n}{u}"), g(t, r"合计{n}{u}。此外")
    c.ident("sum_mismatch", lambda xs: xs[0] * xs[1] / 10000, [rs, s_rs], m_rs, "林下参补助")
    c.ident("sum_mismatch", lambda xs: (xs[0] + xs[1]) * xs[2] / 10000, [wwz, xx, s_o], m_o, "五味子细辛补助")
    c.sum(m_all, [m_rs, m_o], "补助合计")
    p_sp = g(t, r"项目合计支出{n}{u}")
    c.sum(p_sp, [m_all, g(t, r"种源基地{n}{u}"), g(t, r"追溯平台{n}{u}"), g(t, r"技术培训{n}{u}")], "林下参项目支出")
    c.same(N(P["林下参及林下中药材产业扶持"]["spent"]), p_sp, "林下参支出 table vs text")
    hh, per, inc = g(t, r"项目带动农户{n}户"), g(t, r"户均增收{n}(?P<u>元)"), g(t, r"累计增收{n}{u}")
    c.avg(per, inc, hh, "户均增收 = 累计增收 / 户数")
    # funds table
    ft = c.region("资金情况（万元）", "一级指标")
    sch = ["init", "annual", "spent", "rate"]
    fk = ["年度资金总额", "一般公共预算拨款", "政府性基金", "上年结转资金"]
    F = {k: c.row(ft, k, sch) for k in fk}
    for col in ("init", "annual", "spent"):
        c.sum(N(F["年度资金总额"][col]), [N(F[k][col]) for k in fk[1:]], f"funds column {col}")
    for k in fk:
        c.rate(N(F[k]["spent"]), N(F[k]["annual"]), pct(F[k]["rate"]), f"{k} 执行率")
    c.same(N(F["年度资金总额"]["init"]), init, "年初 table vs text")
    c.same(N(F["年度资金总额"]["annual"]), annual, "全年 table vs text")
    c.same(N(F["年度资金总额"]["spent"]), spent, "支出 table vs text")
    # indicator table
    it = c.region("一级指标", "五、自评结论")
    spec = [("林下中药材新增种植面积", "产出", "gte"), ("公益林管护面积", "产出", "gte"),
            ("有害生物防治面积", "产出", "gte"), ("护林员巡护覆盖率", "产出", "gte"),
            ("林业有害生物成灾率", "产出", "lte"), ("补助资金兑付及时率", "产出", "gte"),
            ("林下参种植补助标准", "产出", "lte"), ("林下经济总产值", "效益", "gte"), ("带动农户", "效益", "gte"),
            ("森林火灾受害率", "效益", "lte"), ("森林覆盖率", "效益", "gte"), ("林农满意度", "满意度", "gte"),
            ("预算执行率", "执行", "gte")]
    parsed, ts, ssum = indicator(c, it, spec)
    same_actual(c, parsed, "预算执行率", rate, "执行率 table vs text")
    c.ident("rate_mismatch", lambda xs: (xs[0] / xs[1] - 1) * 100,
            [N(parsed["林下经济总产值"][2]["actual"][:-2], parsed["林下经济总产值"][2]["actual"][-2:]),
             g(t, r"较上年（{n}(?P<u>亿元)）增长")], g(t, r"增长{n}%"), "产值增长率")
    total = g(t, r"自评得分{n}分")
    c.same(total, ts, "total text vs table")
    c.grade(total, re.search(r"等级为(.)", t).group(1))
    d1, d2 = g(t, r"扣{n}分；"), g(t, r"预算执行扣{n}分")
    r_pest = parsed["有害生物防治面积"][2]
    c.add("score_sum_mismatch", N(r_pest["weight"]).v - N(r_pest["score"]).v == d1.v, "deduction 防治面积")
    r_ex = parsed["预算执行率"][2]
    c.add("score_sum_mismatch", N(r_ex["weight"]).v - N(r_ex["score"]).v == d2.v, "deduction 执行")
    c.add("score_sum_mismatch", 100 - d1.v - d2.v == total.v, "100 - deductions = total")
    same_actual(c, parsed, "林下中药材新增种植面积", area, "面积 text vs table")
    same_actual(c, parsed, "带动农户", hh, "农户 text vs table")
    same_actual(c, parsed, "林下参种植补助标准", s_rs, "补助标准 text vs table")
    return c.res


CHECKS = {
    "gz-dejiang-linxiatianma-2021": check_dejiang,
    "hn-longhui-linxiahuangjing-2023": check_longhui,
    "yn-simao-linxiasanqi-2020": check_simao,
    "zj-panan-linxiazhongyao-2019": check_panan,
    "jl-fusong-linyeju-bumen-2024": check_fusong,
}


def run_checks(src, text):
    try:
        return CHECKS[src](text)
    except Missing as e:
        return [("parse_error", False, f"missing figure: {e}")]


def changed_token(clean, case):
    """span of the edit in clean and in case (common prefix / suffix)"""
    p = 0
    while p < min(len(clean), len(case)) and clean[p] == case[p]:
        p += 1
    s = 0
    while s < min(len(clean), len(case)) - p and clean[-1 - s] == case[-1 - s]:
        s += 1
    return (p, len(clean) - s), (p, len(case) - s)


def standalone_count(text, tok):
    return len(re.findall(r"(?<![\d.])" + re.escape(tok) + r"(?![\d]|\.\d)", text))


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    codes = Counter()
    cleans = {}
    n_checks = 0
    for rec in labels:
        text = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
        src = rec["source"]
        res = run_checks(src, text)
        n_checks += len(res)
        failing = {code for code, ok, _ in res if not ok}
        if rec["clean"]:
            cleans[src] = text
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with expected findings")
            if not 2800 <= len(text) <= 3400:
                problems.append(f"{rec['case']}: length {len(text)} outside 2800-3400")
            for code, ok, msg in res:
                if not ok:
                    problems.append(f"{rec['case']}: clean check fails [{code}] {msg}")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{rec['case']}: expected exactly one label")
            continue
        lab = exp[0]
        codes[lab["code"]] += 1
        if lab["code"] not in ERROR_CODES or lab["severity"] != "error":
            problems.append(f"{rec['case']}: bad code/severity {lab}")
        if lab["value"] not in text:
            problems.append(f"{rec['case']}: value not in case: {lab['value']!r}")
        clean = cleans[src]
        (cs, ce), (es, ee) = changed_token(clean, text)
        occ = [m.start() for m in re.finditer(re.escape(lab["value"]), text)]
        if not any(o < max(ee, es + 1) and es < o + len(lab["value"]) for o in occ):
            problems.append(f"{rec['case']}: edit [{es},{ee}) does not overlap the value")
        if clean[:cs] + text[es:ee] + clean[ce:] != text:
            problems.append(f"{rec['case']}: not one contiguous edit")
        # the changed number must occur once in the clean draft (more for conflicting_values)
        a, b = cs, ce
        while a > 0 and (clean[a - 1].isdigit() or clean[a - 1] == "."):
            a -= 1
        while b < len(clean) and (clean[b].isdigit() or clean[b] == "."):
            b += 1
        tok = clean[a:b]
        if re.fullmatch(r"\d+(?:\.\d+)?", tok) and len(tok.replace(".", "")) >= 3 \
                and lab["code"] != "year_mismatch":
            cnt = standalone_count(clean, tok)
            if lab["code"] == "conflicting_values":
                if cnt < 2:
                    problems.append(f"{rec['case']}: conflicting value {tok} occurs {cnt}x in clean")
            elif cnt != 1:
                problems.append(f"{rec['case']}: changed number {tok} occurs {cnt}x in clean")
        err_fail = {c for c in failing if c not in WARNINGS}
        if lab["code"] not in err_fail:
            problems.append(f"{rec['case']}: labelled {lab['code']} does not fail (failing: {sorted(failing)})")
        extra = err_fail - {lab["code"]}
        if extra:
            msgs = [f"[{c}] {m}" for c, ok, m in res if not ok and c in extra]
            problems.append(f"{rec['case']}: other error codes fail: {msgs}")
    for code in sorted(ERROR_CODES):
        if codes[code] < 2:
            problems.append(f"code {code} used {codes[code]} times (< 2)")
    print(f"{len(labels)} cases, {n_checks} checks run; codes: " +
          ", ".join(f"{k}={v}" for k, v in sorted(codes.items())))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
