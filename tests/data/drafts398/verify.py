#!/usr/bin/env python3
"""Verify this set (standard library only).

1. every label value occurs in its case (exactly once);
2. every error case differs from its clean draft in one contiguous place that overlaps the label value;
3. every code of errors.md section A (1-13) is used at least twice;
4. the arithmetic of every draft is redone: a clean draft must pass every error-level check;
   an error case must fail a check of its labelled code and no check of any other error-level code.
   Warning-level checks (score rules, rules.md section 5) must pass in the clean drafts and are
   ignored in the error cases.
Tolerance: rules.md section 8 (a stated value with d decimals matches c iff |c - v| <= 0.5*10^-d).
A failed check whose figures reconcile after rescaling one money amount by 10^4 or 10^8 is reported as
unit_mismatch (errors.md: the most specific explanation wins). Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
FOOTER = re.compile(r"^(第 ?\d+ ?页.*|— ?\d+ ?—)$")
EPS = D("1e-9")
FACTORS = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]
PCT_UNITS = ("%",)


class ExtractError(Exception):
    pass


# ---------------------------------------------------------------- numbers
class Num:
    """A stated number: value, tolerance from its written decimals, money flag (value in 万元)."""

    def __init__(self, v, tol, money=False, raw=""):
        self.v, self.tol, self.money, self.raw = v, tol, money, raw

    @classmethod
    def of(cls, raw, scale=D(1), money=False):
        s = str(raw).replace(",", "").replace("%", "").strip()
        if not re.fullmatch(r"-?\d+(\.\d+)?", s):
            raise ExtractError(f"not a number: {raw!r}")
        dec = len(s.split(".")[1]) if "." in s else 0
        return cls(D(s) * scale, D("0.5") * D(10) ** -dec * scale + EPS, money, str(raw))

    def scaled(self, f):
        return Num(self.v * f, self.tol * f, self.money, self.raw)

    def __repr__(self):
        return self.raw or str(self.v)


def N(raw):
    return Num.of(raw)


def M(raw, unit="万元"):
    scale = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}[unit]
    return Num.of(raw, scale, money=True)


def K(value):
    """An exact constant (count, weight of 100, etc.)."""
    return Num(D(value), EPS)


def close(c, s):
    return abs(c - s.v) <= s.tol


def p_sum(total, *parts):
    return close(sum((p.v for p in parts), D(0)), total)


def p_eq(a, b):
    return abs(a.v - b.v) <= max(a.tol, b.tol)


def p_rate(r, num, den):
    return close(num.v / den.v * 100, r)


def p_diff(res, a, b):
    return close(a.v - b.v, res)


def p_prod(total, a, b):
    return close(a.v * b.v, total)


def p_div(q, num, den):
    return close(num.v / den.v, q)


def p_mean(avg, *items):
    return close(sum((i.v for i in items), D(0)) / len(items), avg)


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


GRADES = {"优": (90, 101), "优秀": (90, 101), "良": (80, 90), "良好": (80, 90), "中": (60, 80), "中等": (60, 80),
          "一般": (60, 80), "合格": (60, 80), "差": (0, 60), "较差": (0, 60), "不合格": (0, 60)}

VAL = re.compile(r"^(≥|≤|＞|＜|>=|<=|=)?\s*(\d+(?:\.\d+)?)\s*(.*)$")


def parse_val(s):
    """'≥160座' -> ('gte', Num 160, '座'); qualitative -> None."""
    m = VAL.match(s.strip())
    if not m:
        return None
    sign, num, unit = m.groups()
    d = {"≥": "gte", ">=": "gte", "＞": "gte", "≤": "lte", "<=": "lte", "＜": "lte", "=": "eq", None: "eq"}[sign]
    return d, N(num), unit.strip()


# ---------------------------------------------------------------- checker
class Ck:
    def __init__(self, name, text):
        self.name, self.t, self.res = name, text, []

    # extraction
    def one(self, pat, flags=0):
        ms = list(re.finditer(pat, self.t, flags))
        if len(ms) != 1:
            raise ExtractError(f"{self.name}: pattern {pat!r} matched {len(ms)} times")
        return ms[0].groups() if len(ms[0].groups()) > 1 else ms[0].group(1)

    def every(self, pat, flags=0):
        ms = [m.group(1) for m in re.finditer(pat, self.t, flags)]
        if not ms:
            raise ExtractError(f"{self.name}: pattern {pat!r} matched nothing")
        return ms

    def block(self, start, end):
        i = self.t.find(start)
        j = self.t.find(end, i + len(start))
        if i < 0 or j < 0 or self.t.count(start) != 1:
            raise ExtractError(f"{self.name}: block {start!r}..{end!r} not found once")
        return self.t[i:j]

    def cells(self, anchor, n, within=None):
        text = within if within is not None else self.t
        if text.count(anchor) != 1:
            raise ExtractError(f"{self.name}: anchor {anchor!r} occurs {text.count(anchor)} times")
        rest = text[text.find(anchor) + len(anchor):]
        toks = [x.strip() for x in re.split(r"[\n\t｜]", rest)]
        toks = [x for x in toks if x and not FOOTER.match(x)]
        if len(toks) < n:
            raise ExtractError(f"{self.name}: not enough cells after {anchor!r}")
        return toks[:n]

    # results
    def add(self, code, ok, msg, sev="error"):
        self.res.append((code, sev, bool(ok), msg))

    def test(self, code, msg, pred, *nums, sev="error"):
        try:
            ok = pred(*nums)
        except (ZeroDivisionError, ArithmeticError):
            ok = False
        if not ok and sev == "error":
            for i, n in enumerate(nums):
                if isinstance(n, Num) and n.money:
                    for f in FACTORS:
                        alt = list(nums)
                        alt[i] = n.scaled(f)
                        try:
                            if pred(*alt):
                                code = "unit_mismatch"
                                msg += f" [reconciled by rescaling {n.raw} x {f}]"
                        except (ZeroDivisionError, ArithmeticError):
                            pass
        self.add(code, ok, msg, sev)

    # typed checks
    def sum(self, msg, total, *parts, code="sum_mismatch"):
        self.test(code, msg, p_sum, total, *parts)

    def same(self, msg, *nums, code="conflicting_values"):
        for n in nums[1:]:
            self.test(code, f"{msg}: {nums[0]!r} vs {n!r}", p_eq, nums[0], n)

    def balance(self, msg, res, a, b):
        self.test("balance_mismatch", msg, p_diff, res, a, b)

    def rate(self, msg, r_raw, num, den, code="rate_mismatch"):
        r_raw = r_raw.strip()
        if r_raw in ("—", "-", "/", "－"):
            self.add(code, den.v == 0, f"{msg}: rate left blank on a non-zero base")
            return
        r = N(r_raw)
        if den.v == 0:
            self.add("implausible_rate", r.v == 0, f"{msg}: rate {r_raw} on a zero base")
            return
        if r.v < 0 or r.v > 100 + r.tol:
            self.add("implausible_rate", False, f"{msg}: rate {r_raw} outside [0, 100%]")
            return
        self.test(code, f"{msg}: {r_raw} vs {num!r}/{den!r}", p_rate, r, num, den)

    def pct_range(self, msg, r):
        self.add("implausible_rate", D(0) <= r.v <= 100 + r.tol, f"{msg}: {r!r} outside [0, 100%]")

    def grade(self, msg, total, label):
        lo, hi = GRADES[label]
        self.add("grade_mismatch", lo <= total.v < hi, f"{msg}: {total!r} -> {label}")

    def year_after(self, msg, y, eval_year):
        self.add("year_mismatch", int(y) > eval_year, f"{msg}: {y} not after {eval_year}")

    def year_is(self, msg, y, eval_year):
        self.add("year_mismatch", int(y) == eval_year, f"{msg}: {y} != {eval_year}")

    def completion(self, msg, stated, direction, target, actual):
        if direction == "lte":
            c = D(100) if actual.v <= target.v else target.v / actual.v * 100
        else:
            c = actual.v / target.v * 100
        self.add("completion_mismatch", close(c, stated), f"{msg}: stated {stated!r}, computed {r2(c)}")

    def score_rule(self, msg, score, weight, direction, target, actual, completion=None):
        """Warning-level: rules.md section 5 (gte/eq proportional, lte weight*T/A), capped at the weight."""
        if direction == "lte":
            f = D(1) if actual.v <= target.v else target.v / actual.v
        else:
            f = min(D(1), actual.v / target.v) if target.v else (D(1) if actual.v <= 0 else D(0))
        ok = close(weight.v * f, score)
        if not ok and completion is not None:
            ok = close(weight.v * min(D(1), completion.v / 100), score)
        self.add("score_rule_mismatch", ok, f"{msg}: score {score!r}, rule gives {r2(weight.v * f)}", sev="warning")

    def exec_score(self, msg, score, weight, rate_raw, spent, budget):
        r = spent.v / budget.v
        ok = close(weight.v * min(D(1), r), score)
        if not ok and rate_raw not in ("—",):
            ok = close(weight.v * min(D(1), N(rate_raw).v / 100), score)
        self.add("score_rule_mismatch", ok, f"{msg}: execution score {score!r}", sev="warning")

    def qualitative(self, msg, score, weight):
        self.add("score_rule_mismatch", weight.v * D("0.8") <= score.v <= weight.v, f"{msg}: qualitative band",
                 sev="warning")

    def indicators(self, rows, total_w, total_s, exec_w, exec_s):
        """rows: dicts name, weight, score (Num), target, actual (str), completion (str|None), unit_t/unit_a
        optional overrides. Runs weight, score, unit, completion, range and score-rule checks."""
        ws = [exec_w] + [r["weight"] for r in rows]
        ss = [exec_s] + [r["score"] for r in rows]
        self.test("weight_sum_mismatch", "sum of 分值 = 100", p_sum, K(100), *ws)
        if total_w is not None:
            self.test("weight_sum_mismatch", "sum of 分值 = stated total weight", p_sum, total_w, *ws)
        if total_s is not None:
            self.test("score_sum_mismatch", "sum of 得分 = stated total", p_sum, total_s, *ss)
        self.add("score_exceeds_weight", D(0) <= exec_s.v <= exec_w.v, "execution score within its weight")
        for r in rows:
            nm, w, s = r["name"], r["weight"], r["score"]
            self.add("score_exceeds_weight", D(0) <= s.v <= w.v, f"{nm}: score {s!r} within weight {w!r}")
            pt, pa = parse_val(r["target"]), parse_val(r["actual"])
            if pt is None or pa is None:
                if pt is None and pa is None:
                    self.qualitative(nm, s, w)
                else:
                    self.add("unit_mismatch", False, f"{nm}: one of target/actual is not a value")
                continue
            d, tv, tu = pt
            _, av, au = pa
            tu = r.get("unit_t", tu)
            au = r.get("unit_a", au)
            if tu != au:
                self.add("unit_mismatch", False, f"{nm}: target unit {tu!r} vs actual unit {au!r}")
                continue
            self.add("unit_mismatch", True, f"{nm}: units agree")
            if au in PCT_UNITS:
                self.pct_range(nm, av)
            comp = None
            if r.get("completion") not in (None, "/", "—"):
                comp = N(r["completion"])
                self.completion(nm, comp, d, tv, av)
            self.score_rule(nm, s, w, d, tv, av, comp)

    def failed(self, sev="error"):
        return sorted({c for (c, s, ok, _) in self.res if s == sev and not ok})


# ---------------------------------------------------------------- P1 Hunan
def check_hn(c):
    t = c.t
    EY = 2018
    c.year_is("title year", c.one(r"(\d{4})年度烟叶生产基础设施建设项目支出"), EY)
    c.year_is("table year", c.one(r"（(\d{4})年度）"), EY)
    c.year_is("截至 date", c.one(r"截至(\d{4})年12月31日"), EY)
    c.year_after("carry-over year", c.one(r"结转至(\d{4})年"), EY)

    rows = {k: c.cells(a, 6) for k, a in [("tot", "\n年度资金总额\n"), ("cur", "\n其中：当年财政拨款\n"),
                                           ("car", "\n上年结转资金\n"), ("oth", "\n其他资金\n")]}
    for k, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        c.sum(f"{col}: 总额 = 当年财政拨款 + 上年结转 + 其他", M(rows["tot"][k]),
              *[M(rows[x][k]) for x in ("cur", "car", "oth")])
    for k, r in rows.items():
        c.rate(f"{k} 执行率", r[4], M(r[2]), M(r[1]))
    tot = rows["tot"]
    c.exec_score("funds row", N(tot[5]), N(tot[3]), tot[4], M(tot[2]), M(tot[1]))

    budget_intro = M(c.one(r"全年预算资金([\d.]+)万元"))
    budget_adj = M(c.one(r"调整后全年预算为([\d.]+)万元"))
    prov = M(c.one(r"省级财政烟叶生产扶持资金([\d.]+)万元"))
    county = M(c.one(r"配套资金([\d.]+)万元，其中年初预算"))
    county_init = M(c.one(r"其中年初预算([\d.]+)万元"))
    county_add = M(c.one(r"研究追加([\d.]+)万元"))
    carry = [M(x) for x in c.every(r"结转资金([\d.]+)万元")]
    init_total = M(c.one(r"年初预算合计([\d.]+)万元"))
    c.sum("县级配套 = 年初 + 追加", county, county_init, county_add)
    c.sum("年初预算合计 = 省级 + 县级年初", init_total, prov, county_init)
    c.sum("全年预算 = 省级 + 县级 + 结转", budget_adj, prov, county, carry[0])
    c.sum("当年财政拨款(全年) = 省级 + 县级", M(rows["cur"][1]), prov, county)
    c.same("全年预算", budget_intro, budget_adj, M(tot[1]))
    c.same("年初预算", init_total, M(tot[0]))
    c.same("上年结转", *carry, M(rows["car"][1]))
    b1, b2 = c.one(r"2018年4月([\d.]+)万元、10月([\d.]+)万元")
    c.sum("县级配套分两批拨付", county, M(b1), M(b2))
    recv = M(c.one(r"全年实际到位([\d.]+)万元"))
    c.sum("到位 = 省级 + 县级 + 结转", recv, prov, county, carry[0])
    c.rate("资金到位率", c.one(r"资金到位率(\d+)%"), recv, budget_adj)
    spent = M(c.one(r"项目实际支出([\d.]+)万元"))
    c.same("全年执行数", spent, M(tot[2]))
    er = c.one(r"预算执行率([\d.]+)%")
    c.rate("预算执行率 (text)", er, spent, budget_adj)
    c.same("预算执行率", N(er), N(tot[4]))
    kf = M(c.one(r"密集烤房建设补助([\d.]+)万元"))
    dp = M(c.one(r"育苗大棚建设([\d.]+)万元"))
    pd = M(c.one(r"配套电力及场地硬化([\d.]+)万元"))
    c.sum("支出 = 烤房 + 大棚 + 配套", spent, kf, dp, pd)
    n_kf, unit_amt, unit = c.one(r"（(\d+)座，每座补助([\d.]+)(元|万元)）")
    c.test("sum_mismatch", "烤房补助 = 座数 x 每座补助", p_prod, kf, K(n_kf), M(unit_amt, unit))
    n_dp, dp_unit = c.one(r"（(\d+)个，每个([\d.]+)万元）")
    c.test("sum_mismatch", "大棚 = 个数 x 每个", p_prod, dp, K(n_dp), M(dp_unit))
    c.balance("年末未支出 = 到位 - 支出", M(c.one(r"年末未支出([\d.]+)万元")), recv, spent)

    ind = {}
    for nm in ["新建密集烤房数量", "建成标准化育苗大棚", "烤房验收合格率", "烤房当年投入使用率", "每座烤房补助标准",
               "烤后上等烟比例", "受益烟农户数", "烤房设计使用年限", "烟农满意度"]:
        tg, ac, w, s = c.cells(f"\n{nm}\n", 4)
        ind[nm] = dict(name=nm, target=tg, actual=ac, weight=N(w), score=N(s))
    tw, ts = c.cells("\n总分\n", 2)
    c.indicators(list(ind.values()), N(tw), N(ts), N(tot[3]), N(tot[5]))
    cost = parse_val(ind["每座烤房补助标准"]["actual"])
    if cost and cost[2] == "万元/座":
        c.same("每座补助 (text vs table)", M(unit_amt, unit), M(cost[1].raw))

    a, tg, cp = c.one(r"新建密集烤房(\d+)座，目标(\d+)座，完成率([\d.]+)%")
    c.completion("烤房 (text)", N(cp), "gte", N(tg), N(a))
    c.same("烤房座数", N(a), K(n_kf), N(ind["新建密集烤房数量"]["actual"].rstrip("座")),
           N(c.one(r"(\d+)座烤房均在")))
    c.same("烤房目标", N(tg), parse_val(ind["新建密集烤房数量"]["target"])[1])
    a, tg, cp = c.one(r"建成育苗大棚(\d+)个，目标(\d+)个，完成率([\d.]+)%")
    c.completion("大棚 (text)", N(cp), "gte", N(tg), N(a))
    c.same("大棚个数", N(a), K(n_dp), N(ind["建成标准化育苗大棚"]["actual"].rstrip("个")))
    ok_n = N(c.one(r"首次验收合格(\d+)座"))
    qr, qc = c.one(r"合格率([\d.]+)%，完成率([\d.]+)%")
    c.rate("验收合格率", qr, ok_n, K(n_kf))
    c.completion("合格率 (text)", N(qc), "gte", parse_val(ind["烤房验收合格率"]["target"])[1], N(qr))
    c.same("合格率", N(qr), N(ind["烤房验收合格率"]["actual"]))
    up, last, pp = c.one(r"上等烟比例达到([\d.]+)%，比上年的([\d.]+)%提高([\d.]+)个百分点")
    c.test("sum_mismatch", "上等烟比例提高的百分点", p_diff, N(pp), N(up), N(last))
    c.same("上等烟比例", N(up), N(ind["烤后上等烟比例"]["actual"]), N(c.one(r"上等烟比例([\d.]+)%，受益")))
    c.same("受益烟农", N(c.one(r"受益烟农(\d+)户，新建")), N(ind["受益烟农户数"]["actual"].rstrip("户")),
           N(c.one(r"受益烟农(\d+)户。")))
    c.same("满意度", N(c.one(r"烟农满意度([\d.]+)%。")), N(ind["烟农满意度"]["actual"]))
    c.same("新建烤房 (goal block)", N(c.one(r"新建密集烤房(\d+)座，建成育苗大棚")), K(n_kf))
    total = N(c.one(r"自评得分([\d.]+)分"))
    c.same("总分", total, N(ts))
    c.grade("grade", total, c.one(r"评价等级为“(.+?)”"))
    # prose targets vs table targets
    goals = c.one(r"年度指标：新建密集烤房不少于(\d+)座；建成标准化育苗大棚(\d+)个；烤房验收合格率不低于(\d+)%；"
                  r"烤房当年投入使用率不低于(\d+)%；每座烤房补助不超过([\d.]+)万元；烤后上等烟比例不低于(\d+)%；"
                  r"受益烟农不少于(\d+)户；烟农满意度不低于(\d+)%")
    for g_, nm in zip(goals, ["新建密集烤房数量", "建成标准化育苗大棚", "烤房验收合格率", "烤房当年投入使用率",
                              "每座烤房补助标准", "烤后上等烟比例", "受益烟农户数", "烟农满意度"]):
        c.same(f"target {nm}", N(g_), parse_val(ind[nm]["target"])[1])
    gk, gd = c.one(r"新建密集烤房(\d+)座以上、标准化育苗大棚(\d+)个")
    c.same("target 烤房 (goal block)", N(gk), parse_val(ind["新建密集烤房数量"]["target"])[1])
    c.same("target 大棚 (goal block)", N(gd), parse_val(ind["建成标准化育苗大棚"]["target"])[1])
    gdn, gdl = c.one(r"建成育苗大棚(\d+)个（(\d+)个结转次年建设）")
    c.same("大棚个数 (goal block)", N(gdn), K(n_dp))
    c.test("sum_mismatch", "结转大棚 = 目标 - 建成", p_diff, N(gdl), N(gd), N(gdn))
    c.test("sum_mismatch", "未完工大棚 = 目标 - 建成", p_diff, N(c.one(r"，另(\d+)个因选址调整")), N(tg), K(n_dp))
    c.test("sum_mismatch", "整改烤房 = 座数 - 首次合格", p_diff, N(c.one(r"其余(\d+)座经整改")), K(n_kf), ok_n)
    c.test("sum_mismatch", "整改烤房 (table)", p_diff, N(c.one(r"\n(\d+)座首次验收未通过")), K(n_kf), ok_n)
    c.same("投入使用率", N(c.one(r"投入使用率(\d+)%。")), N(ind["烤房当年投入使用率"]["actual"]))
    ay, am = c.one(r"于(\d{4})年(\d+)月以提前下达方式")
    c.add("year_mismatch", int(ay) == EY or (int(ay) == EY - 1 and int(am) == 12), f"advance issued {ay}-{am}")


# ---------------------------------------------------------------- P2 Henan
def check_ha(c):
    EY = 2019
    c.year_is("title year", c.one(r"伊川县农业农村局(\d{4})年度烤烟"), EY)
    c.year_is("table year", c.one(r"伊川县(\d{4})年度项目支出绩效自评表"), EY)
    c.year_after("carry-over year", c.one(r"已结转至(\d{4})年"), EY)

    rows = {k: c.cells(a, 6) for k, a in [("tot", "年度资金总额"), ("cur", "其中：当年财政拨款"),
                                           ("car", "上年结转资金"), ("oth", "\t其他资金")]}
    for k, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        c.sum(f"{col}: 总额 = 当年财政拨款 + 上年结转 + 其他", M(rows["tot"][k]),
              *[M(rows[x][k]) for x in ("cur", "car", "oth")])
    for k, r in rows.items():
        c.rate(f"{k} 执行率", r[4], M(r[2]), M(r[1]))
    tot = rows["tot"]
    c.exec_score("funds row", N(tot[5]), N(tot[3]), tot[4], M(tot[2]), M(tot[1]))

    init, i_buy, plan_wd, i_seed, plan_wmu = c.one(
        r"年初预算([\d.]+)万元，其中收购扶持([\d.]+)万元（按收购计划([\d.]+)万担测算），育苗补贴([\d.]+)万元（按计划面积([\d.]+)万亩测算）")
    per_dan = M(c.one(r"每担（50公斤）(\d+)元"), "元")
    per_mu = M(c.one(r"每亩(\d+)元补贴"), "元")
    c.sum("年初 = 收购扶持 + 育苗", M(init), M(i_buy), M(i_seed))
    c.test("sum_mismatch", "收购扶持年初 = 计划担数 x 每担", p_prod, M(i_buy), N(plan_wd).scaled(D(10000)), per_dan)
    c.test("sum_mismatch", "育苗年初 = 计划亩数 x 每亩", p_prod, M(i_seed), N(plan_wmu).scaled(D(10000)), per_mu)
    add = M(c.one(r"追加收购扶持([\d.]+)万元"))
    cut = M(c.one(r"调减育苗补贴([\d.]+)万元"))
    adj = M(c.one(r"调整后全年预算([\d.]+)万元"))
    c.sum("全年预算 = 年初 + 追加 - 调减", adj, M(init), add, cut.scaled(D(-1)))
    c.same("年初预算", M(init), M(tot[0]))
    c.same("全年预算", adj, M(tot[1]))
    buy, seed, spent, er = c.one(r"兑付收购扶持资金([\d.]+)万元、育苗补贴([\d.]+)万元，合计支出([\d.]+)万元，预算执行率([\d.]+)%")
    buy, seed, spent = M(buy), M(seed), M(spent)
    c.sum("支出 = 收购扶持 + 育苗", spent, buy, seed)
    c.rate("预算执行率 (text)", er, spent, adj)
    c.same("执行率", N(er), N(tot[4]))
    c.same("全年执行数", spent, M(tot[2]), M(c.one(r"兑付收购扶持和育苗补贴([\d.]+)万元")))
    seed_budget = Num(M(i_seed).v - cut.v, D("0.005"), True, "育苗全年预算")
    c.rate("育苗补贴执行率", c.one(r"育苗补贴执行率为([\d.]+)%"), seed, seed_budget)
    c.balance("未兑付 = 到位(全年预算) - 支出", M(c.one(r"尚有([\d.]+)万元未兑付")), adj, spent)

    ind = {}
    for nm in ["扶持收购量", "育苗补贴面积", "收购等级合格率", "收购结束后兑付时限", "户均售烟收入", "上等烟比例",
               "烟叶税收入", "烟农满意度"]:
        tg, ac, w, s = c.cells(f"\t{nm}\t", 4)
        ind[nm] = dict(name=nm, target=tg, actual=ac, weight=N(w), score=N(s))
    tw, ts = c.cells("总分", 2)
    c.indicators(list(ind.values()), N(tw), N(ts), N(tot[3]), N(tot[5]))
    pw = c.one(r"预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
    out = [ind[k]["weight"] for k in ["扶持收购量", "育苗补贴面积", "收购等级合格率", "收购结束后兑付时限"]]
    ben = [ind[k]["weight"] for k in ["户均售烟收入", "上等烟比例", "烟叶税收入"]]
    c.test("weight_sum_mismatch", "执行 weight (text vs table)", p_sum, N(pw[0]), N(tot[3]))
    c.test("weight_sum_mismatch", "产出 weight = rows", p_sum, N(pw[1]), *out)
    c.test("weight_sum_mismatch", "效益 weight = rows", p_sum, N(pw[2]), *ben)
    c.test("weight_sum_mismatch", "满意度 weight = rows", p_sum, N(pw[3]), ind["烟农满意度"]["weight"])

    dan, wkg, comp, amount, price = c.one(
        r"全县收购烤烟(\d+)担，折合([\d.]+)万公斤，完成计划的([\d.]+)%；收购总额([\d.]+)万元，均价([\d.]+)元/公斤")
    c.test("sum_mismatch", "担 x 50 = 公斤", p_prod, N(wkg).scaled(D(10000)), N(dan), K(50))
    target = parse_val(ind["扶持收购量"]["target"])[1]
    c.same("收购计划", N(plan_wd).scaled(D(10000)), target)
    c.completion("收购量 (text)", N(comp), "gte", target, N(dan))
    c.test("average_mismatch", f"均价 {price} = 收购总额 / 公斤", p_div, N(price), N(amount), N(wkg))
    c.same("收购量", N(dan), *[N(x) for x in c.every(r"收购烤烟(\d+)担")],
           N(ind["扶持收购量"]["actual"].rstrip("担")))
    c.test("sum_mismatch", "收购扶持 = 担数 x 每担", p_prod, buy, N(dan), per_dan)
    ld, lp, inc, gr = c.one(r"上年收购(\d+)担、均价([\d.]+)元/公斤，本年收购量比上年增加(\d+)担，增长([\d.]+)%")
    c.test("sum_mismatch", "增加担数", p_diff, N(inc), N(dan), N(ld))
    c.rate("增长率", gr, N(inc), N(ld))
    hh, avg_dan, avg_inc, avg_sub = c.one(r"交售烟农(\d+)户，户均交售([\d.]+)担，户均售烟收入([\d.]+)万元，户均获得收购扶持(\d+)元")
    c.test("average_mismatch", "户均交售", p_div, N(avg_dan), N(dan), N(hh))
    c.test("average_mismatch", "户均售烟收入", p_div, N(avg_inc), N(amount), N(hh))
    c.test("average_mismatch", "户均扶持(元)", p_div, N(avg_sub), buy.scaled(D(10000)), N(hh))
    c.same("户均售烟收入", N(avg_inc), N(ind["户均售烟收入"]["actual"].replace("万元", "")))
    tr, tax = c.one(r"按(\d+)%税率计征烟叶税([\d.]+)万元")
    c.test("sum_mismatch", "烟叶税 = 收购总额 x 税率", p_prod, N(tax), N(amount), N(tr).scaled(D("0.01")))
    c.same("烟叶税", N(tax), N(ind["烟叶税收入"]["actual"].replace("万元", "")))
    up, last = c.one(r"上等烟比例([\d.]+)%，比上年的([\d.]+)%")
    c.same("上等烟比例", N(up), N(ind["上等烟比例"]["actual"]))
    area, less = c.one(r"核实合同种植面积(\d+)亩，较计划少(\d+)亩")
    seed_t = parse_val(ind["育苗补贴面积"]["target"])[1]
    c.test("sum_mismatch", "面积减少", p_diff, N(less), seed_t, N(area))
    c.same("育苗面积", N(area), N(ind["育苗补贴面积"]["actual"].rstrip("亩")))
    c.same("育苗计划面积", N(plan_wmu).scaled(D(10000)), seed_t)
    seed_due = Num(N(area).v * per_mu.v, EPS, True, "核实面积 x 每亩")
    c.sum("育苗全年预算 = 核实面积 x 每亩", seed_budget, seed_due)
    c.balance("育苗未兑付 = 核实面积 x 每亩 - 育苗支出", M(c.one(r"尚有([\d.]+)万元未兑付")), seed_due, seed)
    c.same("兑付天数", N(c.one(r"收购结束后(\d+)天内兑付到户")), N(ind["收购结束后兑付时限"]["actual"].rstrip("天")))
    c.same("合格率", N(c.one(r"收购等级合格率([\d.]+)%，略低")), N(ind["收购等级合格率"]["actual"]))
    total, g = c.one(r"自评得分([\d.]+)分，等级为“(.+?)”")
    c.same("总分", N(total), N(ts))
    c.grade("grade", N(total), g)
    goals = c.one(r"完成烤烟收购([\d.]+)万担以上，育苗补贴覆盖合同面积，收购等级合格率不低于(\d+)%，收购结束后(\d+)天内"
                  r"将扶持资金兑付到户，户均售烟收入不低于(\d+)万元，上等烟比例不低于(\d+)%，烟农满意度不低于(\d+)%")
    c.same("target 收购量", N(goals[0]).scaled(D(10000)), target)
    for g_, nm in zip(goals[1:], ["收购等级合格率", "收购结束后兑付时限", "户均售烟收入", "上等烟比例", "烟农满意度"]):
        c.same(f"target {nm}", N(g_), parse_val(ind[nm]["target"])[1])
    c.same("兑付期限", N(c.one(r"符合不超过(\d+)天的要求")), parse_val(ind["收购结束后兑付时限"]["target"])[1])
    td, tm = c.one(r"按交售合格烤烟每担(\d+)元、育苗每亩(\d+)元的标准")
    c.same("每担标准 (table)", M(td, "元"), per_dan)
    c.same("每亩标准 (table)", M(tm, "元"), per_mu)


# ---------------------------------------------------------------- P3 Guizhou
def check_gz(c):
    EY = 2021
    c.year_is("title year", c.one(r"贞丰县(\d{4})年度烟叶"), EY)
    c.year_is("project year", c.one(r"项目名称：(\d{4})年烟叶"), EY)
    c.year_after("carry-over year", c.one(r"已结转至(\d{4})年"), EY)
    src = {}
    for k, a in [("中央", "\t中央财政资金\n"), ("省级", "\t省级财政资金\n"), ("县级", "\t县级财政资金\n"),
                 ("烟草", "\t烟草行业补贴\n")]:
        src[k] = c.cells(a, 7)[1:]
    tot = c.cells("\t合计\n\t5\n", 6)
    allrows = dict(src, 合计=tot)
    for k, r in allrows.items():
        b, rv, sp, bal, rr, xr = r
        c.balance(f"{k}: (4)=(2)-(3)", M(bal), M(rv), M(sp))
        c.rate(f"{k}: 到位率 (5)=(2)/(1)", rr, M(rv), M(b))
        c.rate(f"{k}: 执行率 (6)=(3)/(1)", xr, M(sp), M(b))
    for j, col in enumerate(["全年预算数", "实际到位数", "实际支出数", "资金结余"]):
        c.sum(f"合计 {col}", M(tot[j]), *[M(src[k][j]) for k in src])
    b, rv, rr, sp, xr = c.one(r"项目全年预算([\d.]+)万元，实际到位([\d.]+)万元，到位率([\d.]+)%；实际支出([\d.]+)万元，预算执行率([\d.]+)%")
    c.same("全年预算", M(b), M(tot[0]))
    c.same("到位", M(rv), M(tot[1]))
    c.same("支出", M(sp), M(tot[2]))
    c.rate("到位率 (text)", rr, M(rv), M(b))
    c.rate("执行率 (text)", xr, M(sp), M(b))
    c.same("到位率", N(rr), N(tot[4]))
    c.same("执行率", N(xr), N(tot[5]))
    crv, crr, gap = c.one(r"到位([\d.]+)万元，到位率([\d.]+)%，尚有([\d.]+)万元未拨付")
    c.same("县级到位", M(crv), M(src["县级"][1]))
    c.same("县级到位率", N(crr), N(src["县级"][4]))
    c.test("balance_mismatch", "县级未拨付 = 预算 - 到位", p_diff, M(gap), M(src["县级"][0]), M(crv))
    kf, dp, road = [M(x) for x in c.one(r"密集烤房新建及改造支出([\d.]+)万元，育苗大棚支出([\d.]+)万元，机耕路支出([\d.]+)万元")]
    c.sum("按用途 = 实际支出", M(sp), kf, dp, road)
    n1, p1, n2, p2 = c.one(r"新建烤房(\d+)座，每座补助(\d+)元；改造烤房(\d+)座，每座补助(\d+)元")
    c.test("sum_mismatch", "烤房支出 = 新建 x 补助 + 改造 x 补助", p_sum, kf,
           M(p1, "元").scaled(D(n1)), M(p2, "元").scaled(D(n2)))
    c.balance("年末结余 = 到位 - 支出", M(c.one(r"年末结余([\d.]+)万元")), M(rv), M(sp))
    c.same("结余", M(c.one(r"年末结余([\d.]+)万元")), M(tot[3]))

    ind = {}
    for nm in ["新建及改造密集烤房", "标准化育苗大棚", "新修机耕路", "工程验收合格率", "烘烤季前烤房交付率",
               "新建烤房每座补助", "烟叶亩均产值", "受益烟农户数", "设施管护机制", "烟农满意度"]:
        w, tg, ac, cp, s = c.cells(f"\t{nm}\n", 5)
        ind[nm] = dict(name=nm, weight=N(w), target=tg, actual=ac, completion=cp, score=N(s))
    ew, et, ea, ec, es = c.cells("\t预算执行率\n", 5)
    c.same("执行率 (附件1)", N(ea), N(tot[5]))
    c.completion("预算执行率 row", N(ec), "gte", N(et), N(ea))
    c.add("score_rule_mismatch", close(N(ew).v * N(ea).v / 100, N(es)), "execution score", sev="warning")
    tw, ts = c.cells("\t合计\n\t\n", 2)
    c.indicators(list(ind.values()), N(tw), N(ts), N(ew), N(es))
    c.test("score_sum_mismatch", "执行扣分 = 分值 - 得分", p_diff, N(c.one(r"，扣([\d.]+)分。")), N(ew), N(es))
    total, g = c.one(r"总得分([\d.]+)分，属于“(.+?)”")
    c.same("总分", N(total), N(ts))
    c.grade("grade", N(total), g)
    n_kf, n_dp, km = c.one(r"全年新建及改造密集烤房(\d+)座，建成标准化育苗大棚(\d+)个，新修机耕路([\d.]+)公里")
    c.sum("烤房座数 = 新建 + 改造", N(n_kf), N(n1), N(n2))
    c.same("烤房座数", N(n_kf), N(ind["新建及改造密集烤房"]["actual"].rstrip("座")))
    c.same("大棚个数", N(n_dp), N(ind["标准化育苗大棚"]["actual"].rstrip("个")))
    c.same("机耕路", N(km), N(ind["新修机耕路"]["actual"].replace("公里", "")))
    g_kf, g_dp, g_km = c.one(r"新建及改造密集烤房(\d+)座以上，建设标准化育苗大棚(\d+)个，新修机耕路(\d+)公里以上")
    c.same("烤房目标", N(g_kf), parse_val(ind["新建及改造密集烤房"]["target"])[1])
    c.same("大棚目标", N(g_dp), parse_val(ind["标准化育苗大棚"]["target"])[1])
    c.same("机耕路目标", N(g_km), parse_val(ind["新修机耕路"]["target"])[1])
    cap = M(c.one(r"新建烤房补助控制在每座([\d.]+)万元以内"))
    c.same("补助上限", cap, M(parse_val(ind["新建烤房每座补助"]["target"])[1].raw))
    c.same("新建烤房每座补助", M(p1, "元"), cap)
    on_time, late = c.one(r"烤房中有(\d+)座在7月15日前交付，其余(\d+)座")
    c.test("sum_mismatch", "按时 + 延后 = 烤房座数", p_sum, N(n_kf), N(on_time), N(late))
    c.rate("交付率", ind["烘烤季前烤房交付率"]["actual"], N(on_time), N(n_kf))
    c.same("亩均产值", N(c.one(r"亩均产值(\d+)元")), N(ind["烟叶亩均产值"]["actual"].replace("元/亩", "")))
    c.same("受益烟农", N(c.one(r"受益烟农(\d+)户")), N(ind["受益烟农户数"]["actual"].rstrip("户")))
    c.same("满意度", N(c.one(r"烟农满意度([\d.]+)%")), N(ind["烟农满意度"]["actual"]))
    c.same("县级未到位 (table note)", M(c.one(r"县级配套(\d+)万元未到位")), M(gap))


# ---------------------------------------------------------------- P4 Sichuan
def check_sc(c):
    EY = 2023
    c.year_is("title year", c.one(r"(\d{4})年度会东县农业农村局"), EY)
    c.year_is("table year", c.one(r"项目支出绩效自评表（(\d{4})年度）"), EY)
    c.year_is("申报 year", c.one(r"申报(\d{4})年度项目资金"), EY)
    c.year_after("carry-over year", c.one(r"已结转至(\d{4})年支付"), EY)
    rows = {k: c.cells(a, 6) for k, a in [("tot", "年度资金总额｜"), ("fin", "其中：财政资金｜"),
                                           ("acct", "财政专户管理资金｜"), ("unit", "单位资金｜"), ("oth", "其他资金｜")]}
    for k, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        c.sum(f"{col}: 总额 = 财政 + 专户 + 单位 + 其他", M(rows["tot"][k]),
              *[M(rows[x][k]) for x in ("fin", "acct", "unit", "oth")])
    for k, r in rows.items():
        c.rate(f"{k} 执行率", r[4], M(r[2]), M(r[1]))
    tot = rows["tot"]
    c.exec_score("funds row", N(tot[5]), N(tot[3]), tot[4], M(tot[2]), M(tot[1]))

    c.same("申报数", M(c.one(r"申报2023年度项目资金([\d.]+)万元")), M(tot[0]))
    ini, fin, prov, cty, tob = [M(x) for x in c.one(
        r"年初批复预算([\d.]+)万元，其中财政资金([\d.]+)万元（省级烟叶生产扶持资金([\d.]+)万元、县级资金([\d.]+)万元），县烟草分公司配套资金([\d.]+)万元")]
    c.sum("年初 = 财政 + 烟草配套", ini, fin, tob)
    c.sum("财政 = 省级 + 县级", fin, prov, cty)
    c.same("年初预算", ini, M(tot[0]))
    c.same("财政资金年初", fin, M(rows["fin"][0]))
    c.same("其他资金年初", tob, M(rows["oth"][0]))
    a1, a2, adj = [M(x) for x in c.one(r"县级追加机耕路资金([\d.]+)万元，县烟草分公司追加燃烧机配套([\d.]+)万元，调整后全年预算([\d.]+)万元")]
    c.sum("全年 = 年初 + 追加", adj, ini, a1, a2)
    c.same("全年预算", adj, M(tot[1]))
    ffull, ofull = [M(x) for x in c.one(r"财政资金([\d.]+)万元，其他资金（烟草行业配套）([\d.]+)万元")]
    c.sum("财政全年 = 年初 + 县级追加", ffull, fin, a1)
    c.sum("其他全年 = 年初 + 烟草追加", ofull, tob, a2)
    c.same("财政资金全年", ffull, M(rows["fin"][1]))
    c.same("其他资金全年", ofull, M(rows["oth"][1]))
    c.rate("到位率", c.one(r"到位率(\d+)%"), adj, adj)
    spent, er = c.one(r"全年支出([\d.]+)万元，执行率([\d.]+)%")
    c.rate("执行率 (text)", er, M(spent), adj)
    c.same("执行数", M(spent), M(tot[2]))
    c.same("执行率", N(er), N(tot[4]))
    road, ru, km, per_km = c.one(r"机耕路工程款([\d.]+)(万元|元)（([\d.]+)公里，平均每公里([\d.]+)万元）")
    c.test("sum_mismatch", "工程款 = 公里 x 每公里", p_prod, M(road, ru), N(km), M(per_km))
    burner, n_b, per_b = c.one(r"燃烧机补贴([\d.]+)万元（(\d+)台，每台补贴(\d+)元）")
    c.test("sum_mismatch", "燃烧机补贴 = 台数 x 每台", p_prod, M(burner), N(n_b), M(per_b, "元"))
    design = M(c.one(r"设计、监理及检测费([\d.]+)万元"))
    c.sum("支出 = 工程款 + 燃烧机 + 设计监理", M(spent), M(road, ru), M(burner), design)
    c.balance("未支付 = 到位 - 支出", M(c.one(r"尚未支付的([\d.]+)万元")), adj, M(spent))

    ind = {}
    for nm in ["新建（改建）机耕路里程", "更换生物质燃烧机", "工程验收一次合格率", "按期完工率", "机耕路每公里造价",
               "每炉烘烤燃料成本降低率", "受益烟农户数", "烟农满意度"]:
        sign, tv, unit, av, w, s = c.cells(f"{nm}｜", 6)
        ind[nm] = dict(name=nm, target=sign + tv + unit, actual=av + unit, weight=N(w), score=N(s), tv=tv, av=av)
    total, g = c.one(r"自评得分([\d.]+)分，评价等级为(优|良|中|差)")
    c.indicators(list(ind.values()), None, N(total), N(tot[3]), N(tot[5]))
    c.grade("grade", N(total), g)
    km2, comp = c.one(r"新建（改建）机耕路([\d.]+)公里，完成年度目标的([\d.]+)%")
    c.completion("机耕路 (text)", N(comp), "gte", N(ind["新建（改建）机耕路里程"]["tv"]), N(km2))
    c.same("机耕路里程", N(km), N(km2), *[N(x) for x in c.every(r"新建（改建）机耕路([\d.]+)公里")],
           N(ind["新建（改建）机耕路里程"]["av"]))
    nb2, comp = c.one(r"更换生物质燃烧机(\d+)台，完成率([\d.]+)%")
    c.completion("燃烧机 (text)", N(comp), "gte", N(ind["更换生物质燃烧机"]["tv"]), N(nb2))
    c.same("燃烧机台数", N(n_b), N(nb2), N(ind["更换生物质燃烧机"]["av"]))
    ok_seg, qr = c.one(r"14段机耕路中(\d+)段一次验收合格，一次合格率([\d.]+)%")
    c.rate("一次合格率", qr, N(ok_seg), K(14))
    c.test("sum_mismatch", "返工段数 = 14 - 合格段数", p_diff, N(c.one(r"，另(\d+)段路基")), K(14), N(ok_seg))
    c.same("一次合格率", N(qr), N(ind["工程验收一次合格率"]["av"]))
    c.same("每公里造价", M(per_km), M(ind["机耕路每公里造价"]["av"]))
    before, after, red = c.one(r"由上年的(\d+)元降至(\d+)元，降低([\d.]+)%")
    c.rate("燃料成本降低率", red, Num(D(before) - D(after), EPS), N(before))
    c.same("燃料成本降低率", N(red), N(ind["每炉烘烤燃料成本降低率"]["av"]))
    c.same("受益烟农", N(c.one(r"受益烟农(\d+)户")), N(ind["受益烟农户数"]["av"]))
    c.same("满意度", N(c.one(r"烟农满意度([\d.]+)%")), N(ind["烟农满意度"]["av"]))
    gk, gb = c.one(r"新建（改建）烟区机耕路(\d+)公里以上，更换生物质燃烧机(\d+)台以上")
    c.same("机耕路目标", N(gk), N(ind["新建（改建）机耕路里程"]["tv"]))
    c.same("燃烧机目标", N(gb), N(ind["更换生物质燃烧机"]["tv"]))


# ---------------------------------------------------------------- P5 Fujian (department)
def check_fj(c):
    EY = 2024
    c.year_is("title year", c.one(r"浦城县烟叶生产服务中心(\d{4})年度部门整体"), EY)
    c.year_is("budget year", c.one(r"(\d{4})年年初预算"), EY)
    c.year_is("截至 date", c.one(r"截至(\d{4})年12月31日"), EY)
    c.year_after("carry-over year", c.one(r"已结转至(\d{4})年使用"), EY)
    ini, basic, proj_i = [M(x) for x in c.one(r"年初预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元")]
    c.sum("年初 = 基本 + 项目", ini, basic, proj_i)
    add, adj, adj_r = c.one(r"追加烤烟收购扶持资金([\d.]+)万元，调整后全年预算([\d.]+)万元，预算调整率([\d.]+)%")
    add, adj = M(add), M(adj)
    c.sum("全年 = 年初 + 追加", adj, ini, add)
    c.rate("预算调整率", adj_r, add, ini)
    spent, er, b_sp, b_r, p_sp, p_r = c.one(
        r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%。其中基本支出([\d.]+)万元，执行率(\d+)%；项目支出([\d.]+)万元，执行率([\d.]+)%")
    spent, b_sp, p_sp = M(spent), M(b_sp), M(p_sp)
    c.sum("支出 = 基本 + 项目", spent, b_sp, p_sp)
    c.rate("部门执行率", er, spent, adj)
    c.rate("基本支出执行率", b_r, b_sp, basic)
    proj_budget = Num(proj_i.v + add.v, D("0.005"), True, "项目全年预算")
    c.rate("项目支出执行率", p_r, p_sp, proj_budget)
    carry = M(c.one(r"年末结转([\d.]+)万元"))
    c.balance("结转 = 全年预算 - 支出 (全部到位)", carry, adj, spent)

    econ = c.block("按经济分类", "三、部门整体绩效自评情况")
    items = [M(c.cells(k, 1, econ)[0]) for k in ["工资福利支出", "商品和服务支出", "对个人和家庭的补助", "资本性支出"]]
    etot = M(c.cells("\n合计", 1, econ)[0])
    c.sum("经济分类合计", etot, *items)
    c.same("经济分类合计 vs 实际支出", etot, spent)

    dept = c.block("（二）自评得分", "其中投入指标")
    drows = re.findall(r"^(投入|过程|产出|效益)\t(\S+)\t(\d+(?:\.\d+)?)\t(\d+(?:\.\d+)?)$", dept, re.M)
    if len(drows) != 11:
        raise ExtractError(f"dept rows {len(drows)}")
    tw, ts = re.search(r"^合计\t \t(\d+)\t([\d.]+)$", dept, re.M).groups()
    ws = [N(r[2]) for r in drows]
    ss = [N(r[3]) for r in drows]
    c.test("weight_sum_mismatch", "部门整体 分值 = 100", p_sum, K(100), *ws)
    c.test("weight_sum_mismatch", "部门整体 分值 = 合计", p_sum, N(tw), *ws)
    c.test("score_sum_mismatch", "部门整体 得分 = 合计", p_sum, N(ts), *ss)
    for r, w, s in zip(drows, ws, ss):
        c.add("score_exceeds_weight", D(0) <= s.v <= w.v, f"{r[1]}: {s!r} <= {w!r}")
    lv = c.one(r"投入指标(\d+)分得([\d.]+)分，过程指标(\d+)分得([\d.]+)分，产出指标(\d+)分得([\d.]+)分，效益指标(\d+)分得([\d.]+)分")
    for j, name in enumerate(["投入", "过程", "产出", "效益"]):
        rr = [(w, s) for r, w, s in zip(drows, ws, ss) if r[0] == name]
        c.test("weight_sum_mismatch", f"{name} weight", p_sum, N(lv[2 * j]), *[w for w, _ in rr])
        c.test("score_sum_mismatch", f"{name} score", p_sum, N(lv[2 * j + 1]), *[s for _, s in rr])
        c.add("score_exceeds_weight", N(lv[2 * j + 1]).v <= N(lv[2 * j]).v, f"{name} level score within weight")
    ex = [(w, s) for r, w, s in zip(drows, ws, ss) if r[1] == "预算执行率"][0]
    c.add("score_rule_mismatch", close(ex[0].v * spent.v / adj.v, ex[1]) or close(ex[0].v * N(er).v / 100, ex[1]),
          "预算执行率 score", sev="warning")
    total, g = c.one(r"部门整体支出自评得分([\d.]+)分，评价等级为“(.+?)”")
    c.same("部门总分", N(total), N(ts))
    c.grade("department grade", N(total), g)

    ptab = c.block("执行和自评情况见下表", "第5项自2024年起")
    prow = re.findall(r"^(\d)\t(\S+)\t([\d.]+)\t([\d.]+)\t(\S+)\t(\S+)\t(\S+)$", ptab, re.M)
    if len(prow) != 5:
        raise ExtractError(f"project rows {len(prow)}")
    scores = []
    for _, nm, b, s, r, sc, gr in prow:
        c.rate(f"{nm} 执行率", r, M(s), M(b))
        if sc != "—":
            scores.append(N(sc))
            c.add("score_exceeds_weight", D(0) <= N(sc).v <= 100, f"{nm}: score {sc} within 100")
            c.grade(f"{nm} grade", N(sc), gr)
    pb, ps, pr = re.search(r"^合计\t \t([\d.]+)\t([\d.]+)\t([\d.]+%)", ptab, re.M).groups()
    c.sum("项目预算合计", M(pb), *[M(r[2]) for r in prow])
    c.sum("项目执行合计", M(ps), *[M(r[3]) for r in prow])
    c.rate("项目合计执行率", pr, M(ps), M(pb))
    c.same("项目全年预算", M(pb), proj_budget)
    c.same("项目支出", M(ps), p_sp)
    c.same("项目执行率", N(p_r), N(pr))
    c.test("average_mismatch", "项目平均自评得分", p_mean, N(c.one(r"平均自评得分([\d.]+)分")), *scores)
    w, s = c.one(r"（分值(\d+)分）得([\d.]+)分")
    c.add("score_exceeds_weight", D(0) <= N(s).v <= N(w).v, f"text indicator {s} within {w}")
    byp = {r[1]: r for r in prow}
    per, sub, svc = c.one(r"按每担(\d+)元兑付扶持资金([\d.]+)万元，另支付6个收购点烘烤技术服务补助([\d.]+)万元")
    c.sum("收购扶持执行 = 扶持 + 服务补助", M(byp["烤烟收购扶持"][3]), M(sub), M(svc))
    wd, wkg, price, amount = c.one(r"全县收购烤烟([\d.]+)万担（([\d.]+)万公斤），均价([\d.]+)元/公斤，收购金额([\d.]+)万元")
    c.test("sum_mismatch", "扶持 = 担数 x 每担", p_prod, M(sub), N(wd).scaled(D(10000)), M(per, "元"))
    c.test("sum_mismatch", "万担 x 50 = 万公斤", p_prod, N(wkg), N(wd), K(50))
    c.test("average_mismatch", "均价 = 金额 / 公斤", p_div, N(price), N(amount), N(wkg))
    ded = c.block("主要扣分指标情况", "五、存在的问题")
    for proj, nm, w, s in re.findall(r"^(\S+)\t(\S+)\t(\d+)\t([\d.]+)\t", ded, re.M):
        c.add("score_exceeds_weight", D(0) <= N(s).v <= N(w).v, f"{nm}: {s} within {w}")
        if nm == "收购扶持资金执行率":
            c.add("score_rule_mismatch", close(N(w).v * N(byp["烤烟收购扶持"][4]).v / 100, N(s)), nm, sev="warning")
    n1386 = c.every(r"维修改造(\d+)座") + c.every(r"维修烤房(\d+)座")
    c.same("维修烤房座数", *[N(x) for x in n1386])
    n_now, n_last, n_inc = c.one(r"完成烤房维修改造(\d+)座，比上年的(\d+)座增加(\d+)座")
    c.test("sum_mismatch", "烤房维修增加数", p_diff, N(n_inc), N(n_now), N(n_last))
    gh, gh_done = c.one(r"实施育苗大棚提升改造(\d+)个，当年完工(\d+)个")
    wd2, wd_last, gr = c.one(r"收购烤烟([\d.]+)万担，比上年的([\d.]+)万担增长([\d.]+)%")
    c.same("收购量", N(wd), N(wd2))
    c.rate("收购增长率", gr, Num(N(wd2).v - N(wd_last).v, EPS), N(wd_last))
    area = c.one(r"烤烟种植面积([\d.]+)万亩")
    hh, inc, per_mu = c.one(r"种烟农户(\d+)户，户均售烟收入([\d.]+)万元，亩均产值(\d+)元")
    c.test("average_mismatch", "户均售烟收入", p_div, N(inc), N(amount), N(hh))
    c.test("average_mismatch", "亩均产值(元/亩)", p_div, N(per_mu), N(amount), N(area))
    t1, t2, t3 = [M(x) for x in c.one(r"育苗大棚工程尾款([\d.]+)万元、烤烟收购扶持余额([\d.]+)万元、烤房维修尾款([\d.]+)万元")]
    c.sum("结转构成", carry, t1, t2, t3)
    c.balance("育苗大棚余额", t1, M(byp["育苗大棚提升改造"][2]), M(byp["育苗大棚提升改造"][3]))
    c.balance("收购扶持余额", t2, M(byp["烤烟收购扶持"][2]), M(byp["烤烟收购扶持"][3]))
    c.balance("烤房维修余额", t3, M(byp["烤房维修改造补助"][2]), M(byp["烤房维修改造补助"][3]))
    c.same("结转", carry, M(c.one(r"结转的([\d.]+)万元中")))
    c.test("sum_mismatch", "延期大棚 = 改造 - 完工", p_diff, N(c.one(r"\t(\d+)个大棚因连续降雨")), N(gh), N(gh_done))
    np_, nb_ = c.one(r"共管理(\d+)个项目，其中(\d+)个项目安排了预算")
    c.same("项目个数", N(np_), K(len(prow)))
    c.same("有预算的项目个数", N(nb_), K(sum(1 for r in prow if D(r[2]) > 0)),
           N(c.one(r"(\d+)个有预算的项目平均")))


CHECKS = {
    "hn-jiangyong-kaofang-2018": check_hn,
    "ha-yichuan-shougoufuchi-2019": check_ha,
    "gz-zhenfeng-yanjishe-2021": check_gz,
    "sc-huidong-jigenglu-2023": check_sc,
    "fj-pucheng-yanfu-bumen-2024": check_fj,
}


def run_checks(src, name, text):
    c = Ck(name, text)
    CHECKS[src](c)
    return c


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def main():
    problems = []
    labels = [json.loads(l) for l in read(os.path.join(HERE, "labels.jsonl")).splitlines() if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    code_count = {k: 0 for k in CODES}
    n_checks = 0
    for lab in labels:
        name, src = lab["case"], lab["source"]
        text = read(os.path.join(CASES, name))
        clean = read(os.path.join(CASES, f"{src}-clean.txt"))
        try:
            c = run_checks(src, name, text)
        except ExtractError as e:
            problems.append(f"{name}: extraction failed: {e}")
            continue
        n_checks += len(c.res)
        failed = c.failed()
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if failed or c.failed("warning"):
                for (code, sev, ok, msg) in c.res:
                    if not ok:
                        problems.append(f"{name}: clean draft fails {code}/{sev}: {msg}")
            if text != clean:
                problems.append(f"{name}: clean case differs from itself?")
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        e = exp[0]
        code, value = e["code"], e["value"]
        if e.get("severity") != "error" or code not in CODES:
            problems.append(f"{name}: bad code/severity {code}/{e.get('severity')}")
        code_count[code] = code_count.get(code, 0) + 1
        cnt = text.count(value)
        if cnt != 1:
            problems.append(f"{name}: label value occurs {cnt} times: {value!r}")
        # one contiguous difference overlapping the value
        p = 0
        while p < min(len(text), len(clean)) and text[p] == clean[p]:
            p += 1
        s = 0
        while s < min(len(text), len(clean)) - p and text[-1 - s] == clean[-1 - s]:
            s += 1
        d0, d1 = p, len(text) - s
        if d0 >= d1 and len(text) == len(clean):
            problems.append(f"{name}: identical to its clean draft")
        v0 = text.find(value)
        if not (v0 < max(d1, d0 + 1) and d0 < v0 + len(value)):
            problems.append(f"{name}: the edit [{d0},{d1}) does not overlap the label value at {v0}")
        if d1 - d0 > 12:
            problems.append(f"{name}: edit region unexpectedly long ({d1 - d0} chars)")
        if code not in failed:
            problems.append(f"{name}: labelled {code} but no {code} check fails (failed: {failed})")
        others = [f for f in failed if f != code]
        if others:
            for (cc, sev, ok, msg) in c.res:
                if not ok and sev == "error" and cc != code:
                    problems.append(f"{name}: unlabelled {cc}: {msg}")
    for k in CODES:
        if code_count[k] < 2:
            problems.append(f"code {k} used {code_count[k]} times (< 2)")
    where = {}
    for l in labels:
        for e in l["expected"]:
            where[e["code"]] = where.get(e["code"], 0) + 1
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print(f"{len(labels)} cases, {n_checks} arithmetic checks run; codes: "
          + ", ".join(f"{k}={code_count[k]}" for k in CODES))
    print("OK")


if __name__ == "__main__":
    main()
