#!/usr/bin/env python3
"""Independent re-check of drafts544 (standard library + decimal only).

For every case the figures are read back from the text (regular expressions anchored on the wording of each
project, plus a generic parser for the space-aligned tables) and all arithmetic is redone with Decimal and the
tolerance of rules.md §8 (a stated value with d decimals matches a computed c iff |c - v| <= 0.5 * 10^-d).
Each failed identity yields one error code of errors.md §A; where a sum, rate or restatement is reconciled exactly
by rescaling one money amount by 10^4 or 10^8, the finding is `unit_mismatch` (the most specific explanation).

Requirements checked:
  * every clean draft passes every check (no error code, no score-rule warning);
  * every error case fails its labelled code and no other error code;
  * every label value occurs exactly once in its case, the case differs from its clean draft by one contiguous
    edit of at most 40 characters, and that edit overlaps the value;
  * every code of errors.md §A is used at least twice.
Prints OK when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

NUM = r"(\d[\d,]*(?:\.\d+)?)"          # a number
PCT = NUM + r"%"                         # a percentage
MONEY = NUM + r"(万元|元|亿元)"          # an amount with its money unit
SCALE = {"万元": D(1), "元": D("0.0001"), "亿元": D(10000)}
FACTORS = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]


class ParseError(Exception):
    pass


def places(raw):
    raw = raw.replace(",", "")
    return len(raw.split(".")[1]) if "." in raw else 0


class Q:
    """A stated figure. v is normalised (money -> 万元); tol is half a unit of its last written digit."""

    def __init__(self, raw, unit="", label=""):
        raw = raw.strip()
        self.raw, self.unit, self.label = raw, unit, label
        self.money = unit in SCALE
        if raw in ("—", "-", ""):
            self.dash = True
            self.v = D(0)
            self.tol = D(0)
            return
        self.dash = False
        s = SCALE.get(unit, D(1))
        self.v = D(raw.replace(",", "")) * s
        self.tol = D("0.5") * D(10) ** -places(raw) * s + D("1e-9")

    def __repr__(self):
        return f"{self.label or ''}={self.raw}{self.unit}"


class Checker:
    def __init__(self, text):
        self.t = text
        self.errors = []     # (code, message)
        self.warnings = []   # (code, message)

    # ---------------------------------------------------------------- reading
    def m(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ParseError(f"pattern {pat!r} matched {len(ms)} times")
        return ms[0]

    def money(self, pat, label=""):
        """pat contains MONEY (two groups: number, unit) as its first two groups."""
        g = self.m(pat)
        return Q(g.group(1), g.group(2), label)

    def fail(self, code, msg):
        self.errors.append((code, msg))

    def warn(self, code, msg):
        self.warnings.append((code, msg))

    # ---------------------------------------------------------------- identities
    def _holds(self, stated, computed):
        return computed is not None and abs(computed - stated.v) <= stated.tol

    def _rescued(self, stated, inputs, fn):
        """True when rescaling one money figure by 10^±4 / 10^±8 makes the identity hold."""
        for i, q in enumerate(inputs):
            if not q.money:
                continue
            for f in FACTORS:
                vals = [x.v for x in inputs]
                vals[i] = vals[i] * f
                c = fn(vals)
                if c is not None and abs(c - stated.v) <= stated.tol:
                    return True
        if stated.money:
            c = fn([x.v for x in inputs])
            for f in FACTORS:
                if c is not None and abs(c - stated.v * f) <= stated.tol * f:
                    return True
        return False

    def ident(self, code, stated, inputs, fn, msg):
        c = fn([x.v for x in inputs])
        if self._holds(stated, c):
            return
        if self._rescued(stated, inputs, fn):
            self.fail("unit_mismatch", f"{msg}: {stated} vs {inputs} (reconciled by rescaling one amount)")
        else:
            self.fail(code, f"{msg}: stated {stated.raw}, computed {c}")

    def total(self, code, stated, parts, msg, signs=None):
        signs = signs or [1] * len(parts)
        self.ident(code, stated, parts, lambda v: sum(s * x for s, x in zip(signs, v)), msg)

    def rate(self, code, stated, num, den, msg, cap=True):
        """stated is a percentage Q; rate = num / den * 100."""
        if den.v == 0:
            if not (stated.dash or stated.v == 0):
                self.fail("implausible_rate", f"{msg}: rate {stated.raw}% on a zero base")
            return
        if stated.dash:
            self.fail(code, f"{msg}: rate missing on a non-zero base")
            return
        if cap and stated.v > 100:
            self.fail("implausible_rate", f"{msg}: {stated.raw}% over 100%")
        self.ident(code, stated, [num, den], lambda v: None if v[1] == 0 else v[0] / v[1] * 100, msg)

    def average(self, stated, total, count, msg):
        self.ident("average_mismatch", stated, [total, count], lambda v: v[0] / v[1], msg)

    def same(self, qs, msg, code="conflicting_values"):
        """All figures are statements of one quantity."""
        for a in qs[1:]:
            b = qs[0]
            if abs(a.v - b.v) <= max(a.tol, b.tol):
                continue
            if (a.money or b.money) and any(abs(a.v * f - b.v) <= max(a.tol * f, b.tol) or
                                            abs(a.v - b.v * f) <= max(a.tol, b.tol * f) for f in FACTORS):
                self.fail("unit_mismatch", f"{msg}: {b} vs {a} differ by a power of ten")
            else:
                self.fail(code, f"{msg}: {b} vs {a}")

    def not_over_100(self, q, msg):
        if not q.dash and q.v > 100:
            self.fail("implausible_rate", f"{msg}: {q.raw}% over 100%")

    # ---------------------------------------------------------------- tables
    def table(self, header_pat):
        lines = self.t.split("\n")
        hits = [i for i, l in enumerate(lines) if re.match(header_pat, l)]
        if len(hits) != 1:
            raise ParseError(f"table header {header_pat!r} found {len(hits)} times")
        rows = []
        for line in lines[hits[0] + 1:]:
            if not line.strip():
                break
            rows.append((line, re.split(r"\s{2,}", line.strip())))
        return rows

    def rows_by_name(self, rows, ncol):
        out = {}
        for line, cells in rows:
            if len(cells) != ncol:
                raise ParseError(f"row {line!r}: {len(cells)} cells, expected {ncol}")
            out[cells[0].replace("其中：", "")] = cells
        return out

    # ---------------------------------------------------------------- 自评表
    def indicator_table(self, header_pat):
        """Columns (from the right): 年度指标值, 实际完成值, 完成率, 分值, 得分; 1-3 name cells on the left.
        Returns rows (dicts) and the 合计 weight / score."""
        rows, l1, out, tot = self.table(header_pat), None, [], None
        for line, cells in rows:
            if cells[0] == "合计":
                if len(cells) != 3:
                    raise ParseError(f"total row {line!r}")
                tot = (Q(cells[1], label="合计分值"), Q(cells[2], label="合计得分"))
                continue
            if len(cells) < 6:
                raise ParseError(f"row {line!r}")
            names, (tg, ac, cp, wt, sc) = cells[:-5], cells[-5:]
            if not line.startswith(" "):
                l1 = names[0]
            r = {"l1": l1, "name": names[-1], "target": tg, "actual": ac, "compl": cp,
                 "w": Q(wt, label="分值"), "s": Q(sc, label="得分"), "line": line}
            out.append(r)
            self.indicator_row(r)
        if tot is None:
            raise ParseError("indicator table without 合计 row")
        tw, ts = tot
        self.total("weight_sum_mismatch", tw, [r["w"] for r in out], "Σ 分值 vs 合计")
        if tw.v != 100:
            self.fail("weight_sum_mismatch", f"合计分值 {tw.raw} ≠ 100")
        self.total("score_sum_mismatch", ts, [r["s"] for r in out], "Σ 得分 vs 合计")
        return out, tw, ts

    @staticmethod
    def split_value(s):
        m = re.match(r"^(≥|≤|＞|＜|=|>=|<=)?\s*(\d[\d,]*(?:\.\d+)?)\s*(\S*)$", s)
        if not m:
            return None
        sign = m.group(1) or ""
        direction = "gte" if sign in ("≥", "＞", ">=") else "lte" if sign in ("≤", "＜", "<=") else "eq"
        return direction, m.group(2), m.group(3)

    def indicator_row(self, r, rule=True):
        w, s, name = r["w"], r["s"], r["name"]
        if s.v > w.v or s.v < 0:
            self.fail("score_exceeds_weight", f"{name}: 得分 {s.raw} > 分值 {w.raw}")
        t, a = self.split_value(r["target"]), self.split_value(r["actual"])
        if t is None:  # qualitative
            if r["compl"] not in ("—", "-"):
                self.fail("completion_mismatch", f"{name}: qualitative row with a completion rate")
            if r["actual"] != r["target"] or not (w.v * D("0.8") <= s.v <= w.v):
                self.warn("score_rule_mismatch", f"{name}: qualitative score {s.raw} of {w.raw}")
            return
        if a is None:
            self.fail("unit_mismatch", f"{name}: actual {r['actual']!r} is not a figure in the target's unit")
            return
        (direction, traw, tunit), (_, araw, aunit) = t, a
        if tunit != aunit:
            self.fail("unit_mismatch", f"{name}: target in {tunit!r}, actual in {aunit!r}")
            return
        T, A = Q(traw), Q(araw)
        if aunit == "%":
            self.not_over_100(A, f"{name} actual")
        if direction == "lte":
            comp = D(100) if A.v <= T.v else T.v / A.v * 100
            ratio = D(1) if A.v <= T.v else T.v / A.v
        elif direction == "eq" and T.v == 0:
            comp = D(100) if A.v <= 0 else D(0)
            ratio = comp / 100
        else:
            comp = A.v / T.v * 100
            ratio = min(D(1), A.v / T.v)
        cq = Q(r["compl"].rstrip("%"), label="完成率")
        if cq.dash or not r["compl"].endswith("%"):
            self.fail("completion_mismatch", f"{name}: completion {r['compl']!r} missing")
        elif abs(comp - cq.v) > cq.tol:
            self.fail("completion_mismatch", f"{name}: completion stated {r['compl']}, computed {comp:.4f}%")
        # score rule (rules §5): a warning, never one of the §A codes
        exp1 = w.v * ratio
        exp2 = w.v * min(D(1), cq.v / 100) if not cq.dash else exp1
        if rule and min(abs(exp1 - s.v), abs(exp2 - s.v)) > s.tol:
            self.warn("score_rule_mismatch", f"{name}: score {s.raw}, rule gives {exp1:.4f}")
        r["A"] = Q(araw, label=name)

    def levels(self, rows, key, stated, code, msg):
        """stated: {level1: Q}; compare with Σ of the rows of that level (key 'w' or 's')."""
        for l1, q in stated.items():
            parts = [r[key] for r in rows if r["l1"] == l1]
            if not parts:
                raise ParseError(f"no rows for level {l1}")
            self.total(code, q, parts, f"{msg} {l1}")

    def grade(self, total, word):
        bands = {"优": ("优", "优秀"), "良": ("良", "良好"), "中": ("中", "中等", "一般", "合格"),
                 "差": ("差", "较差", "不合格")}
        v = total.v
        band = "优" if v >= 90 else "良" if v >= 80 else "中" if v >= 60 else "差"
        if word not in bands[band]:
            self.fail("grade_mismatch", f"grade {word} for total {total.raw} (band {band})")

    # ---------------------------------------------------------------- years
    def years(self, year):
        head = "\n".join(self.t.split("\n")[:2])
        ys = [int(y) for y in re.findall(r"(\d{4})年度", head)]
        if not ys:
            raise ParseError("no evaluation year in the title")
        for y in ys:
            if y != year:
                self.fail("year_mismatch", f"title year {y} ≠ {year}")
        for g in re.finditer(r"截至(\d{4})年(\d{1,2})月(\d{1,2})日", self.t):
            if int(g.group(1)) != year:
                self.fail("year_mismatch", f"截至{g.group(1)}年12月31日 in the {year} report")
        for g in re.finditer(r"结转(?:至)?(\d{4})年", self.t):
            if int(g.group(1)) <= year:
                self.fail("year_mismatch", f"carried over to {g.group(1)} in the {year} report")
        for g in re.finditer(r"(\d{4})年(\d{1,2})月(提前)?(?:下达|拨付)", self.t):
            y, mth, adv = int(g.group(1)), int(g.group(2)), g.group(3)
            if not (y == year or (adv and y == year - 1 and mth == 12)):
                self.fail("year_mismatch", f"funds issued {y}年{mth}月 in the {year} report")
        # statements that must name the evaluation year itself
        for g in re.finditer(r"(\d{4})年(?:我市|我盟|全市项目|项目年初|部门年初|市残联统筹|盟残联对|省残联下达|末编制|的重点工作)", self.t):
            if int(g.group(1)) != year:
                self.fail("year_mismatch", f"{g.group(0)} in the {year} report")
        for g in re.finditer(r"(?:开展|对)(\d{4})年度", self.t):
            if int(g.group(1)) != year:
                self.fail("year_mismatch", f"{g.group(0)} in the {year} report")
        # last year's figure followed by this year's
        for g in re.finditer(r"(\d{4})年全市完成(?:家庭)?改造\d+户，(\d{4})年", self.t):
            if (int(g.group(1)), int(g.group(2))) != (year - 1, year):
                self.fail("year_mismatch", f"{g.group(0)} in the {year} report")
        for g in re.finditer(r"为(\d{4})年度结余资金", self.t):
            if int(g.group(1)) != year - 1:
                self.fail("year_mismatch", f"{g.group(0)}: last year's balance in the {year} report")
        tail = self.t.strip().split("\n")[-1]
        g = re.match(r"^(\d{4})年(\d{1,2})月$", tail.strip())
        if not g or int(g.group(1)) not in (year, year + 1):
            self.fail("year_mismatch", f"report date {tail!r}")


def T(row):
    """the number of a table row's 年度指标值 as a Q"""
    sv = Checker.split_value(row["target"])
    if sv is None:
        raise ParseError(f"qualitative target in {row['name']}")
    return Q(sv[1], "", row["name"] + " target")


def goals(c, pat, rows, names):
    """target values restated in the goal paragraph must equal the table's 年度指标值"""
    g = c.m(pat)
    for i, n in enumerate(names):
        c.same([I(g.group(i + 1)), T(rows[n])], f"goal vs table target {n}")


def P(c, pat, label=""):
    """percentage group 1 of pat -> Q"""
    return Q(c.m(pat).group(1), "%", label)


def I(raw, label=""):
    return Q(raw, "", label)


def M(raw, label=""):
    return Q(raw, "万元", label)


# ==================================================================== P1 四平 2019
def check_siping(c):
    c.years(2019)
    # funds block (MOF layout)
    fb = c.rows_by_name(c.table(r"^项目\s+年初预算数"), 7)
    tot, cur, carry, oth = (fb[k] for k in ("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金"))
    for name, r in (("年度资金总额", tot), ("当年财政拨款", cur), ("上年结转资金", carry), ("其他资金", oth)):
        c.rate("rate_mismatch", Q(r[5].rstrip("%"), "%"), M(r[3]), M(r[2]), f"funds {name} 执行率")
    for col, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.total("sum_mismatch", M(tot[col]), [M(cur[col]), M(carry[col]), M(oth[col])], f"funds {nm} column")
    exec_rate = Q(tot[5].rstrip("%"), "%")
    sc = Q(tot[6])
    if abs(min(D(1), M(tot[3]).v / M(tot[2]).v) * 10 - sc.v) > sc.tol:
        c.warn("score_rule_mismatch", "execution score")
    # prose
    g = c.m(r"项目年初预算" + NUM + r"万元，年内未调整，全年预算" + NUM + r"万元，其中当年财政拨款" + NUM +
            r"万元、上年结转资金" + NUM + r"万元。资金全部到位，到位率" + PCT + r"。全年执行" + NUM + r"万元，预算执行率" + PCT)
    init, annual, curp, carp = M(g.group(1)), M(g.group(2)), M(g.group(3)), M(g.group(4))
    recv_rate, spent, ratep = Q(g.group(5), "%"), M(g.group(6)), Q(g.group(7), "%")
    c.rate("rate_mismatch", recv_rate, annual, annual, "资金全部到位 ⇒ 到位率 = 100%")
    c.same([init, M(tot[1])], "年初预算")
    c.same([init, annual], "年内未调整 ⇒ 年初 = 全年", code="rate_mismatch")
    c.same([annual, M(tot[2])], "全年预算")
    c.same([curp, M(cur[2])], "当年财政拨款")
    c.same([carp, M(carry[2])], "上年结转")
    c.same([spent, M(tot[3])], "全年执行")
    c.same([ratep, exec_rate], "执行率")
    c.total("sum_mismatch", annual, [curp, carp], "全年 = 当年 + 结转")
    cur266 = c.money(r"当年财政拨款" + MONEY + r"中")
    central = c.money(r"中央残疾人事业发展补助资金" + MONEY)
    prov = c.money(r"省级补助资金" + MONEY)
    city = c.money(r"市级配套资金" + MONEY + r"。")
    c.same([cur266, curp], "当年财政拨款")
    c.total("sum_mismatch", cur266, [central, prov, city], "当年财政拨款 = 中央 + 省 + 市")
    adv = c.money(r"中央资金中" + MONEY + r"于\d{4}年\d{1,2}月提前下达")
    rest = c.money(r"，" + MONEY + r"于\d{4}年\d{1,2}月下达")
    c.total("sum_mismatch", central, [adv, rest], "中央资金分批")
    c.same([c.money(r"上年结转资金" + MONEY + r"为\d{4}年度结余资金"), carp], "上年结转")
    g = c.m(r"市级配套资金支出" + MONEY + r"，支出率" + PCT)
    city_spent, city_rate = Q(g.group(1), g.group(2)), Q(g.group(3), "%")
    c.rate("rate_mismatch", city_rate, city_spent, city, "市级配套支出率")
    c.total("sum_mismatch", M(cur[3]), [central, prov, city_spent], "当年执行 = 中央 + 省 (全部支出) + 市级支出")
    unspent = c.money(r"未支出的" + MONEY)
    c.total("balance_mismatch", unspent, [annual, spent], "未支出 = 全年(到位) − 执行", signs=[1, -1])
    c.total("balance_mismatch", unspent, [city, city_spent], "未支出 = 市级 − 市级支出", signs=[1, -1])
    # county table
    ct = c.rows_by_name(c.table(r"^县（市、区）\s+任务户数"), 5)
    sumrow = ct.pop("合计")
    for k in (1, 2):
        c.total("sum_mismatch", I(sumrow[k]), [I(r[k]) for r in ct.values()], f"county column {k}")
    c.total("sum_mismatch", M(sumrow[4]), [M(r[4]) for r in ct.values()], "county spending")
    for name, r in list(ct.items()) + [("合计", sumrow)]:
        c.rate("completion_mismatch", Q(r[3].rstrip("%"), "%"), I(r[2]), I(r[1]), f"county {name} 完成率", cap=False)
    c.same([M(sumrow[4]), spent], "county total vs 全年执行")
    g = c.m(r"全市共完成改造(\d+)户，总支出" + MONEY + r"，户均改造费用" + MONEY)
    n_done, spent2, avg = I(g.group(1)), Q(g.group(2), g.group(3)), Q(g.group(4), g.group(5))
    c.same([n_done, I(sumrow[2])], "完成户数")
    c.same([spent2, spent], "总支出")
    c.average(avg, spent2, n_done, "全市户均")
    g = c.m(r"梨树县完成(\d+)户，户均" + MONEY)
    c.same([I(g.group(1)), I(ct["梨树县"][2])], "梨树县户数")
    c.average(Q(g.group(2), g.group(3)), M(ct["梨树县"][4]), I(g.group(1)), "梨树县户均")
    g = c.m(r"伊通满族自治县完成(\d+)户，较任务少(\d+)户，户均" + MONEY)
    yt = ct["伊通满族自治县"]
    c.same([I(g.group(1)), I(yt[2])], "伊通户数")
    c.total("sum_mismatch", I(g.group(2)), [I(yt[1]), I(yt[2])], "伊通 shortfall", signs=[1, -1])
    c.average(Q(g.group(3), g.group(4)), M(yt[4]), I(g.group(1)), "伊通户均")
    g = c.m(r"下达我市改造任务(\d+)户")
    task = I(g.group(1))
    c.same([task, I(sumrow[1])], "任务户数")
    g = c.m(r"\d{4}年全市完成改造(\d+)户，\d{4}年任务较上年增加(\d+)户")
    c.total("sum_mismatch", I(g.group(2)), [task, I(g.group(1))], "较上年增加", signs=[1, -1])
    # indicator table
    rows, tw, ts = c.indicator_table(r"^一级指标\s+二级指标\s+三级指标")
    byn = {r["name"]: r for r in rows}
    ex = [r for r in rows if r["l1"] == "预算执行率"][0]
    c.same([ex["A"], exec_rate], "自评表执行率 vs 资金表")
    c.same([byn["改造户数"]["A"], n_done], "改造户数")
    c.same([I(c.m(r"入户评估建档(\d+)户，经公示").group(1)), byn["入户评估建档户数"]["A"]], "评估建档户数")
    g = c.m(r"全年完成改造(\d+)户，为年度任务的" + PCT)
    c.same([I(g.group(1)), n_done], "完成户数")
    c.rate("completion_mismatch", Q(g.group(2), "%"), I(g.group(1)), task, "prose 完成比例", cap=False)
    g = c.m(r"合格(\d+)户，合格率" + PCT)
    c.rate("rate_mismatch", Q(g.group(2), "%"), I(g.group(1)), n_done, "验收合格率")
    c.same([Q(g.group(2), "%"), byn["改造验收合格率"]["A"]], "合格率")
    c.same([I(c.m(r"改造惠及残疾人(\d+)人").group(1)), byn["受益残疾人数"]["A"]], "受益残疾人数")
    c.same([P(c, r"正常使用率为" + PCT), byn["改造设施正常使用率"]["A"]], "正常使用率")
    g = c.m(r"满意度为" + PCT + r"，其中对施工质量的满意度为" + PCT)
    c.same([Q(g.group(1), "%"), byn["受益残疾人家庭满意度"]["A"]], "满意度")
    c.not_over_100(Q(g.group(2), "%"), "施工质量满意度")
    c.same([Q(c.m(r"最高(\d+)元").group(1), "元"), Q(byn["单户最高改造费用"]["actual"].rstrip("元"), "元")], "最高费用")
    c.same([Q(tot[4]), ex["w"]], "资金表分值 vs 自评表")
    c.same([sc, ex["s"]], "资金表得分 vs 自评表")
    goals(c, r"改造不少于(\d+)户，入户评估建档不少于(\d+)户，改造验收合格率不低于(\d+)%，单户改造费用控制在(\d+)元以内，"
             r"受益残疾人家庭满意度达到(\d+)%以上", byn,
          ["改造户数", "入户评估建档户数", "改造验收合格率", "单户最高改造费用", "受益残疾人家庭满意度"])
    c.same([I(c.m(r"正常使用率为[\d.]+%，低于(\d+)%的目标").group(1)), T(byn["改造设施正常使用率"])], "使用率目标")
    g = c.m(r"合格(\d+)户，合格率[\d.]+%，其余(\d+)户经返修")
    c.total("sum_mismatch", I(g.group(2)), [n_done, I(g.group(1))], "返修户数", signs=[1, -1])
    g = c.m(r"预算执行率(\d+)分，得分" + NUM + r"分；产出指标分值(\d+)分，得分" + NUM + r"分；效益指标分值(\d+)分，得分" +
            NUM + r"分；满意度指标分值(\d+)分，得分" + NUM + r"分")
    lv = ["预算执行率", "产出指标", "效益指标", "满意度指标"]
    c.levels(rows, "w", {l: I(g.group(2 * i + 1)) for i, l in enumerate(lv)}, "weight_sum_mismatch", "level weight")
    c.levels(rows, "s", {l: I(g.group(2 * i + 2)) for i, l in enumerate(lv)}, "score_sum_mismatch", "level score")
    g = c.m(r"自评总分" + NUM + r"分，评价等级为“([^”]+)”")
    c.same([I(g.group(1)), ts], "自评总分")
    c.grade(ts, g.group(2))


# ==================================================================== P2 周口 2021 部门整体
def check_zhoukou(c):
    c.years(2021)
    g = c.m(r"编制人数(\d+)人，实有人员(\d+)人，空编(\d+)人")
    c.total("sum_mismatch", I(g.group(3)), [I(g.group(1)), I(g.group(2))], "空编", signs=[1, -1])
    ft = c.rows_by_name(c.table(r"^资金来源\s+年初预算"), 5)
    ftot = ft.pop("合计")
    for name, r in list(ft.items()) + [("合计", ftot)]:
        c.rate("rate_mismatch", Q(r[4].rstrip("%"), "%"), M(r[3]), M(r[2]), f"funds {name} 执行率")
    for col, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.total("sum_mismatch", M(ftot[col]), [M(r[col]) for r in ft.values()], f"funds {nm} column")
    g = c.m(r"部门年初预算" + NUM + r"万元，年中追加中央和省级残疾人事业发展补助资金" + NUM + r"万元，加上年结转" + NUM +
            r"万元，全年预算" + NUM + r"万元。全年支出" + NUM + r"万元，预算执行率" + PCT)
    init, add, carry, annual, spent = (M(g.group(i)) for i in range(1, 6))
    rate = Q(g.group(6), "%")
    c.same([init, M(ftot[1])], "年初预算")
    c.total("sum_mismatch", add, [M(ft["一般公共预算财政拨款"][2]), M(ft["一般公共预算财政拨款"][1])], "追加", signs=[1, -1])
    c.same([carry, M(ft["上年结转"][2])], "上年结转")
    c.total("sum_mismatch", annual, [init, add, carry], "全年 = 年初 + 追加 + 结转")
    c.same([annual, M(ftot[2])], "全年预算")
    c.same([spent, M(ftot[3])], "全年支出")
    c.same([rate, Q(ftot[4].rstrip("%"), "%")], "执行率")
    g = c.m(r"基本支出" + NUM + r"万元（其中人员经费" + NUM + r"万元、公用经费" + NUM + r"万元），项目支出" + NUM + r"万元")
    basic, staff, office, proj = M(g.group(1)), M(g.group(2)), M(g.group(3)), M(g.group(4))
    c.total("sum_mismatch", basic, [staff, office], "基本支出 = 人员 + 公用")
    c.total("sum_mismatch", spent, [basic, proj], "支出 = 基本 + 项目")
    c.same([basic, c.money(r"基本支出" + MONEY + r"保障了")], "基本支出")
    g = c.m(r"“三公”经费预算" + NUM + r"万元，实际支出" + NUM + r"万元，较上年（" + NUM + r"万元）下降" + NUM + r"万元")
    sg_b, sg_s, sg_last, sg_d = M(g.group(1)), M(g.group(2)), M(g.group(3)), M(g.group(4))
    c.total("sum_mismatch", sg_d, [sg_last, sg_s], "三公 下降额", signs=[1, -1])
    g = c.m(r"年末结转结余" + NUM + r"万元，其中结转下年" + NUM + r"万元")
    cb, cf = M(g.group(1)), M(g.group(2))
    bal = c.money(r"结余" + MONEY + r"已按规定上缴")
    c.total("balance_mismatch", cb, [annual, spent], "结转结余 = 全年 − 支出", signs=[1, -1])
    c.total("sum_mismatch", cb, [cf, bal], "结转结余 = 结转 + 结余")
    g = c.m(r"统筹中央、省、市三级资金" + NUM + r"万元，其中中央补助" + NUM + r"万元、省级补助" + NUM + r"万元、市级配套" + NUM +
            r"万元，为(\d+)户困难重度残疾人家庭实施无障碍改造，户均" + MONEY + r"；另投入" + NUM +
            r"万元改造公共服务场所无障碍设施(\d+)处，平均每处" + MONEY + r"（" + MONEY + r"）")
    wz, wz_c, wz_p, wz_m = M(g.group(1)), M(g.group(2)), M(g.group(3)), M(g.group(4))
    hh, avg = I(g.group(5)), Q(g.group(6), g.group(7))
    pub, npub, pavg, pavg2 = M(g.group(8)), I(g.group(9)), Q(g.group(10), g.group(11)), Q(g.group(12), g.group(13))
    c.total("sum_mismatch", wz, [wz_c, wz_p, wz_m], "无障碍改造资金来源")
    c.average(avg, wz, hh, "户均")
    c.average(pavg, pub, npub, "每处")
    c.same([pavg, pavg2], "每处 (万元 / 元)")
    ct = c.rows_by_name(c.table(r"^县（市、区）\s+改造户数"), 3)
    csum = ct.pop("合计")
    c.total("sum_mismatch", I(csum[1]), [I(r[1]) for r in ct.values()], "county households")
    c.total("sum_mismatch", M(csum[2]), [M(r[2]) for r in ct.values()], "county money")
    c.same([hh, I(csum[1])], "改造户数")
    c.same([wz, M(csum[2])], "无障碍改造资金")
    c.same([I(c.m(r"太康县改造(\d+)户").group(1)), I(ct["太康县"][1])], "太康县")
    c.same([I(c.m(r"川汇区(\d+)户").group(1)), I(ct["川汇区"][1])], "川汇区")
    # KPI table
    kp = c.rows_by_name(c.table(r"^指标名称\s+年度指标值"), 4)
    kq = {}
    for name, r in kp.items():
        row = {"name": name, "target": r[1], "actual": r[2], "compl": r[3], "w": I("1"), "s": I("1"), "l1": ""}
        c.indicator_row(row, rule=False)
        kq[name] = row
    c.same([kq["困难重度残疾人家庭无障碍改造户数"]["A"], hh], "改造户数")
    c.same([kq["公共场所无障碍设施改造"]["A"], npub], "公共场所处数")
    c.same([Q(kp["“三公”经费支出"][1].lstrip("≤").rstrip("万元"), "万元"), sg_b], "三公 预算")
    c.same([Q(kp["“三公”经费支出"][2].rstrip("万元"), "万元"), sg_s], "三公 支出")
    g = c.m(r"辅助器具适配(\d+)人，完成率" + PCT)
    c.same([I(g.group(1)), kq["辅助器具适配人数"]["A"]], "适配人数")
    c.same([Q(g.group(2), "%"), Q(kp["辅助器具适配人数"][3].rstrip("%"), "%")], "适配完成率")
    c.same([P(c, r"有效问卷约\d+份，满意度" + PCT), kq["服务对象满意度"]["A"]], "满意度")
    # compact score table
    st = c.table(r"^一级指标\s+三级指标\s+分值\s+得分")
    srows, stot = [], None
    for line, cells in st:
        if cells[0] == "合计":
            stot = (I(cells[1]), I(cells[2]))
            continue
        if len(cells) != 4:
            raise ParseError(f"score row {line!r}")
        r = {"l1": cells[0], "name": cells[1], "w": I(cells[2]), "s": I(cells[3])}
        srows.append(r)
        if r["s"].v > r["w"].v or r["s"].v < 0:
            c.fail("score_exceeds_weight", f"{r['name']}: {r['s'].raw} > {r['w'].raw}")
    c.total("weight_sum_mismatch", stot[0], [r["w"] for r in srows], "Σ 分值")
    if stot[0].v != 100:
        c.fail("weight_sum_mismatch", "合计分值 ≠ 100")
    c.total("score_sum_mismatch", stot[1], [r["s"] for r in srows], "Σ 得分")
    g = c.m(r"预算管理(\d+)分，得分" + NUM + r"分；履职产出(\d+)分，得分" + NUM + r"分；履职效益(\d+)分，得分" + NUM +
            r"分；满意度(\d+)分，得分" + NUM + r"分。自评总分" + NUM + r"分，评价等级为“([^”]+)”")
    lv = ["预算管理", "履职产出", "履职效益", "满意度"]
    c.levels(srows, "w", {l: I(g.group(2 * i + 1)) for i, l in enumerate(lv)}, "weight_sum_mismatch", "level weight")
    c.levels(srows, "s", {l: I(g.group(2 * i + 2)) for i, l in enumerate(lv)}, "score_sum_mismatch", "level score")
    c.same([I(g.group(9)), stot[1]], "自评总分")
    c.grade(stot[1], g.group(10))
    # score rule (warnings) for quantitative rows, via the KPI table
    sb = {r["name"]: r for r in srows}
    link = {"家庭无障碍改造": "困难重度残疾人家庭无障碍改造户数", "公共场所改造": "公共场所无障碍设施改造",
            "儿童康复救助": "残疾儿童康复救助人数", "辅助器具适配": "辅助器具适配人数",
            "职业技能培训": "残疾人职业技能培训", "“三公”经费控制": "“三公”经费支出", "服务对象满意度": "服务对象满意度"}
    for sname, kname in link.items():
        k = kp[kname]
        ratio = min(D(1), Q(k[3].rstrip("%")).v / 100)
        if abs(sb[sname]["w"].v * ratio - sb[sname]["s"].v) > D("0.005"):
            c.warn("score_rule_mismatch", sname)
    if abs(min(D(1), spent.v / annual.v) * 10 - sb["预算执行率"]["s"].v) > D("0.005"):
        c.warn("score_rule_mismatch", "预算执行率")


# ==================================================================== P3 龙岩 2022
def check_longyan(c):
    c.years(2022)
    g = c.m(r"\d{4}年全市完成家庭改造(\d+)户，\d{4}年完成(\d+)户，较上年增加(\d+)户")
    last, done_y, incr = I(g.group(1)), I(g.group(2)), I(g.group(3))
    c.total("sum_mismatch", incr, [done_y, last], "较上年增加", signs=[1, -1])
    g = c.m(r"年初预算" + NUM + r"万元，其中中央" + NUM + r"万元、省级" + NUM + r"万元、市级" + NUM + r"万元；年中省级追加" + NUM +
            r"万元，加上年结转" + NUM + r"万元，全年预算" + NUM + r"万元")
    init, cen, prov, city, add, carry, annual = (M(g.group(i)) for i in range(1, 8))
    st = c.rows_by_name(c.table(r"^资金来源\s+全年预算数"), 4)
    stot = st.pop("合计")
    for name, r in list(st.items()) + [("合计", stot)]:
        c.rate("rate_mismatch", Q(r[3].rstrip("%"), "%"), M(r[2]), M(r[1]), f"source {name} 执行率")
    for col in (1, 2):
        c.total("sum_mismatch", M(stot[col]), [M(r[col]) for r in st.values()], f"source column {col}")
    c.total("sum_mismatch", init, [cen, prov, city], "年初 = 中央 + 省 + 市")
    c.total("sum_mismatch", M(st["省级补助资金"][1]), [prov, add], "省级全年 = 年初 + 追加")
    c.total("sum_mismatch", annual, [init, add, carry], "全年 = 年初 + 追加 + 结转")
    c.same([cen, M(st["中央补助资金"][1])], "中央")
    c.same([city, M(st["市级配套资金"][1])], "市级")
    c.same([carry, M(st["上年结转资金"][1])], "上年结转")
    c.same([annual, M(stot[1])], "全年预算")
    g = c.m(r"全年执行" + NUM + r"万元，执行率" + PCT + r"，其中当年财政资金执行率" + PCT + r"。未执行的" + NUM + r"万元为省级资金" +
            NUM + r"万元和市级资金" + NUM + r"万元")
    spent, rate, rate_cur = M(g.group(1)), Q(g.group(2), "%"), Q(g.group(3), "%")
    unexec, un_p, un_c = M(g.group(4)), M(g.group(5)), M(g.group(6))
    c.same([spent, M(stot[2])], "全年执行")
    c.same([rate, Q(stot[3].rstrip("%"), "%")], "执行率")
    cur_rows = [r for k, r in st.items() if k != "上年结转资金"]
    c.ident("rate_mismatch", rate_cur, [M(r[2]) for r in cur_rows] + [M(r[1]) for r in cur_rows],
            lambda v: sum(v[:3]) / sum(v[3:]) * 100, "当年财政资金执行率")
    c.total("balance_mismatch", unexec, [annual, spent], "未执行 = 全年 − 执行", signs=[1, -1])
    c.total("balance_mismatch", un_p, [M(st["省级补助资金"][1]), M(st["省级补助资金"][2])], "省级未执行", signs=[1, -1])
    c.total("balance_mismatch", un_c, [M(st["市级配套资金"][1]), M(st["市级配套资金"][2])], "市级未执行", signs=[1, -1])
    c.total("sum_mismatch", unexec, [un_p, un_c], "未执行 = 省 + 市")
    g = c.m(r"家庭无障碍改造支出" + NUM + r"万元，完成改造(\d+)户，户均" + MONEY + r"（约" + NUM + r"万元）；公共服务场所改造支出" + NUM +
            r"万元，完成(\d+)处，平均每处" + MONEY)
    fam, hh, avg = M(g.group(1)), I(g.group(2)), Q(g.group(3), g.group(4))
    pub, npub, pavg = M(g.group(6)), I(g.group(7)), Q(g.group(8), g.group(9))
    c.total("sum_mismatch", spent, [fam, pub], "执行 = 家庭 + 公共场所")
    c.average(avg, fam, hh, "户均")
    c.average(pavg, pub, npub, "平均每处")
    ct = c.rows_by_name(c.table(r"^县（市、区）\s+任务户数"), 4)
    csum = ct.pop("合计")
    for k in (1, 2):
        c.total("sum_mismatch", I(csum[k]), [I(r[k]) for r in ct.values()], f"county column {k}")
    c.total("sum_mismatch", M(csum[3]), [M(r[3]) for r in ct.values()], "county money")
    c.same([fam, M(csum[3])], "家庭改造资金")
    c.same([hh, I(csum[2]), done_y], "完成户数")
    g = c.m(r"长汀县、上杭县改造户数较多，分别为(\d+)户和(\d+)户")
    c.same([I(g.group(1)), I(ct["长汀县"][2])], "长汀县")
    c.same([I(g.group(2)), I(ct["上杭县"][2])], "上杭县")
    g = c.m(r"家庭改造(\d+)户、公共服务场所改造(\d+)处，分别为坡道(\d+)处、无障碍卫生间(\d+)处、盲道及提示系统(\d+)处")
    c.same([I(g.group(1)), hh], "家庭改造户数")
    c.same([I(g.group(2)), npub], "公共场所处数")
    c.total("sum_mismatch", I(g.group(2)), [I(g.group(3)), I(g.group(4)), I(g.group(5))], "公共场所分类")
    rows, tw, ts = c.indicator_table(r"^一级指标\s+二级指标\s+三级指标")
    byn = {r["name"]: r for r in rows}
    ex = [r for r in rows if r["l1"] == "预算执行率"][0]
    c.same([ex["A"], rate], "自评表执行率")
    c.same([byn["家庭无障碍改造户数"]["A"], hh], "改造户数")
    c.same([byn["公共服务场所改造"]["A"], npub], "公共场所")
    c.same([Q(byn["户均改造成本"]["actual"].rstrip("元"), "元"), avg], "户均成本 (表) vs 户均 (文)")
    goals(c, r"完成困难重度残疾人家庭无障碍改造(\d+)户以上、公共服务场所无障碍设施改造(\d+)处以上；改造验收合格率不低于(\d+)%；"
             r"户均改造成本不超过(\d+)元；受益对象满意度不低于(\d+)%", byn,
          ["家庭无障碍改造户数", "公共服务场所改造", "改造验收合格率", "户均改造成本", "受益残疾人及家属满意度"])
    c.same([T(byn["家庭无障碍改造户数"]), I(csum[1])], "任务户数")
    g = c.m(r"竣工验收合格(\d+)户，合格率" + PCT)
    c.rate("rate_mismatch", Q(g.group(2), "%"), I(g.group(1)), hh, "验收合格率")
    c.same([Q(g.group(2), "%"), byn["改造验收合格率"]["A"]], "合格率")
    g = c.m(r"(\d+)处公共场所中(\d+)处通过无障碍通行评估，通行率" + PCT)
    c.same([I(g.group(1)), npub], "公共场所")
    c.rate("rate_mismatch", Q(g.group(3), "%"), I(g.group(2)), I(g.group(1)), "通行率")
    c.same([Q(g.group(3), "%"), byn["公共场所无障碍通行率"]["A"]], "通行率")
    g = c.m(r"发放问卷(\d+)份，满意(\d+)份，满意度" + PCT)
    c.rate("rate_mismatch", Q(g.group(3), "%"), I(g.group(2)), I(g.group(1)), "满意度")
    c.same([Q(g.group(3), "%"), byn["受益残疾人及家属满意度"]["A"]], "满意度")
    g = c.m(r"预算执行率得分" + NUM + r"分，产出指标得分" + NUM + r"分，效益指标得分" + NUM + r"分，满意度指标得分" + NUM + r"分")
    lv = ["预算执行率", "产出指标", "效益指标", "满意度指标"]
    c.levels(rows, "s", {l: I(g.group(i + 1)) for i, l in enumerate(lv)}, "score_sum_mismatch", "level score")
    g = c.m(r"自评总分" + NUM + r"分，评价等级为“([^”]+)”")
    c.same([I(g.group(1)), ts], "自评总分")
    c.grade(ts, g.group(2))


# ==================================================================== P4 兴安盟 2023
def check_xinganmeng(c):
    c.years(2023)
    g = c.m(r"预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分，合计(\d+)分")
    lw = [I(g.group(i)) for i in range(1, 5)]
    lwt = I(g.group(5))
    c.total("weight_sum_mismatch", lwt, lw, "stated level weights vs 合计")
    g = c.m(r"年初预算" + NUM + r"万元，其中中央补助" + NUM + r"万元、自治区补助" + NUM + r"万元、盟级配套" + NUM + r"万元、上年结转" +
            NUM + r"万元；\d{1,2}月自治区追加" + NUM + r"万元，全年预算" + NUM + r"万元")
    init, cen, reg, league, carry, add, annual = (M(g.group(i)) for i in range(1, 8))
    c.total("sum_mismatch", init, [cen, reg, league, carry], "年初 = 中央 + 自治区 + 盟 + 结转")
    c.total("sum_mismatch", annual, [init, add], "全年 = 年初 + 追加")
    fb = c.rows_by_name(c.table(r"^项目\s+年初预算数"), 7)
    tot, cur, car, oth = (fb[k] for k in ("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金"))
    for name, r in (("年度资金总额", tot), ("当年财政拨款", cur), ("上年结转资金", car), ("其他资金", oth)):
        c.rate("rate_mismatch", Q(r[5].rstrip("%"), "%"), M(r[3]), M(r[2]), f"funds {name} 执行率")
    for col, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.total("sum_mismatch", M(tot[col]), [M(cur[col]), M(car[col]), M(oth[col])], f"funds {nm} column")
    exec_rate = Q(tot[5].rstrip("%"), "%")
    sc = Q(tot[6])
    if abs(min(D(1), M(tot[3]).v / M(tot[2]).v) * 10 - sc.v) > sc.tol:
        c.warn("score_rule_mismatch", "execution score")
    c.same([init, M(tot[1])], "年初预算")
    c.same([annual, M(tot[2])], "全年预算")
    c.same([carry, M(car[1]), M(car[2])], "上年结转")
    c.total("sum_mismatch", M(cur[1]), [cen, reg, league], "当年财政拨款 年初")
    g = c.m(r"中央补助" + NUM + r"万元全部支出，执行率" + PCT + r"；自治区补助" + NUM + r"万元支出" + NUM + r"万元，执行率" + PCT +
            r"；盟级配套" + NUM + r"万元支出" + NUM + r"万元，执行率" + PCT)
    cen2, cen_r = M(g.group(1)), Q(g.group(2), "%")
    reg2, reg_s, reg_r = M(g.group(3)), M(g.group(4)), Q(g.group(5), "%")
    lea2, lea_s, lea_r = M(g.group(6)), M(g.group(7)), Q(g.group(8), "%")
    c.same([cen2, cen], "中央补助")
    c.same([lea2, league], "盟级配套")
    c.total("sum_mismatch", reg2, [reg, add], "自治区全年 = 年初 + 追加")
    c.rate("rate_mismatch", cen_r, cen2, cen2, "中央执行率")
    c.rate("rate_mismatch", reg_r, reg_s, reg2, "自治区执行率")
    c.rate("rate_mismatch", lea_r, lea_s, lea2, "盟级执行率")
    c.total("sum_mismatch", M(cur[2]), [cen2, reg2, lea2], "当年财政拨款 全年")
    c.total("sum_mismatch", M(cur[3]), [cen2, reg_s, lea_s], "当年财政拨款 执行")
    c.rate("rate_mismatch", P(c, r"资金于当年全部到位，到位率" + PCT), annual, annual, "全部到位 ⇒ 到位率 = 100%")
    g = c.m(r"截至\d{4}年\d{1,2}月\d{1,2}日，项目累计支出" + NUM + r"万元，年末结余" + NUM + r"万元")
    spent, bal = M(g.group(1)), M(g.group(2))
    c.same([spent, M(tot[3])], "累计支出")
    c.total("balance_mismatch", bal, [annual, spent], "结余 = 到位(全年) − 支出", signs=[1, -1])
    ct = c.rows_by_name(c.table(r"^旗县市\s+任务户数"), 4)
    csum = ct.pop("合计")
    for k in (1, 2):
        c.total("sum_mismatch", I(csum[k]), [I(r[k]) for r in ct.values()], f"county column {k}")
    c.total("sum_mismatch", M(csum[3]), [M(r[3]) for r in ct.values()], "county money")
    c.same([M(csum[3]), spent], "county money vs 支出")
    hh = I(csum[2])
    g = c.m(r"全盟户均改造费用" + MONEY + r"，其中科尔沁右翼前旗户均" + MONEY + r"、扎赉特旗户均" + MONEY)
    avg = Q(g.group(1), g.group(2))
    c.average(avg, spent, hh, "全盟户均")
    c.average(Q(g.group(3), g.group(4)), M(ct["科尔沁右翼前旗"][3]), I(ct["科尔沁右翼前旗"][2]), "科右前旗户均")
    c.average(Q(g.group(5), g.group(6)), M(ct["扎赉特旗"][3]), I(ct["扎赉特旗"][2]), "扎赉特旗户均")
    g = c.m(r"肢体残疾家庭(\d+)户、视力残疾家庭(\d+)户、其他类别(\d+)户")
    c.total("sum_mismatch", hh, [I(g.group(i)) for i in (1, 2, 3)], "残疾类别分列")
    rows, tw, ts = c.indicator_table(r"^一级指标\s+二级指标\s+三级指标")
    byn = {r["name"]: r for r in rows}
    lv = ["预算执行率", "产出指标", "效益指标", "满意度指标"]
    c.levels(rows, "w", dict(zip(lv, lw)), "weight_sum_mismatch", "level weight")
    c.same([lwt, tw], "合计分值", code="weight_sum_mismatch")
    ex = [r for r in rows if r["l1"] == "预算执行率"][0]
    c.same([ex["A"], exec_rate], "自评表执行率")
    c.same([byn["无障碍改造户数"]["A"], hh, I(c.m(r"全年完成改造(\d+)户").group(1)),
            I(c.m(r"项目为(\d+)户困难重度").group(1))], "完成户数")
    c.same([Q(tot[4]), ex["w"]], "资金表分值 vs 自评表")
    c.same([sc, ex["s"]], "资金表得分 vs 自评表")
    goals(c, r"完成无障碍改造不少于(\d+)户，验收合格率(\d+)%，按期完成率不低于(\d+)%，户均改造成本不超过(\d+)元，"
             r"受益户满意度不低于(\d+)%", byn,
          ["无障碍改造户数", "改造工程验收合格率", "改造按期完成率", "户均改造成本", "受益户满意度"])
    c.same([I(c.m(r"我盟计划改造(\d+)户").group(1)), I(csum[1]), T(byn["无障碍改造户数"])], "计划户数")
    c.same([I(c.m(r"未达到(\d+)%的目标").group(1)), T(byn["改造设施持续使用率"])], "使用率目标")
    g = c.m(r"其中(\d+)户在\d{1,2}月\d{1,2}日前完工，按期完成率" + PCT)
    c.rate("rate_mismatch", Q(g.group(2), "%"), I(g.group(1)), hh, "按期完成率")
    c.same([Q(g.group(2), "%"), byn["改造按期完成率"]["A"]], "按期完成率")
    c.same([Q(c.m(r"户均改造成本(\d+)元，控制在目标以内").group(1), "元"),
            Q(byn["户均改造成本"]["actual"].rstrip("元"), "元"), avg], "户均改造成本")
    c.same([I(c.m(r"改造惠及残疾人(\d+)人").group(1)), byn["受益残疾人数"]["A"]], "受益残疾人数")
    g = c.m(r"抽查改造户(\d+)户，设施正常使用(\d+)户，正常使用率" + PCT)
    c.rate("rate_mismatch", Q(g.group(3), "%"), I(g.group(2)), I(g.group(1)), "正常使用率")
    c.same([Q(g.group(3), "%"), byn["改造设施持续使用率"]["A"]], "正常使用率")
    g = c.m(r"回访(\d+)户，满意(\d+)户，满意度" + PCT + r"；其中对卫生间改造的满意度为" + PCT)
    c.rate("rate_mismatch", Q(g.group(3), "%"), I(g.group(2)), I(g.group(1)), "满意度")
    c.same([Q(g.group(3), "%"), byn["受益户满意度"]["A"]], "满意度")
    c.not_over_100(Q(g.group(4), "%"), "卫生间改造满意度")
    g = c.m(r"预算执行率得分" + NUM + r"分，产出指标得分" + NUM + r"分，效益指标得分" + NUM + r"分，满意度指标得分" + NUM + r"分")
    c.levels(rows, "s", {l: I(g.group(i + 1)) for i, l in enumerate(lv)}, "score_sum_mismatch", "level score")
    g = c.m(r"自评总分" + NUM + r"分，评价等级为“([^”]+)”")
    c.same([I(g.group(1)), ts], "自评总分")
    c.grade(ts, g.group(2))


# ==================================================================== P5 黑河 2025
def check_heihe(c):
    c.years(2025)
    task = I(c.m(r"实施困难重度残疾人家庭无障碍改造(\d+)户").group(1))
    annual_p = c.money(r"全市项目全年预算" + MONEY)
    g = c.m(r"\d{4}年全市完成改造(\d+)户，\d{4}年完成(\d+)户，较上年增加(\d+)户")
    c.total("sum_mismatch", I(g.group(3)), [I(g.group(2)), I(g.group(1))], "较上年增加", signs=[1, -1])
    done_y = I(g.group(2))
    g = c.m(r"中央资金" + NUM + r"万元中，" + NUM + r"万元于\d{4}年\d{1,2}月提前下达，" + NUM + r"万元于\d{4}年\d{1,2}月下达；省级资金年初下达" + NUM +
            r"万元，\d{1,2}月追加" + NUM + r"万元；市级配套" + NUM + r"万元于\d{4}年\d{1,2}月拨付；上年结转" + NUM + r"万元")
    cen, adv, rest, prov0, add, city, carry = (M(g.group(i)) for i in range(1, 8))
    c.total("sum_mismatch", cen, [adv, rest], "中央分批")
    rows = c.table(r"^项目\s+行次")
    ft = {}
    for line, cells in rows:
        if len(cells) != 7:
            raise ParseError(f"funds row {line!r}")
        ft[cells[0]] = cells[2:]
    cols = ["合计", "中央", "省级", "市级", "上年结转"]
    amt = {k: [M(x) for x in ft[k]] for k in ("年初预算", "全年预算", "实际到位", "全年执行", "资金结余")}
    for k, vals in amt.items():
        c.total("sum_mismatch", vals[0], vals[1:], f"row {k}: 合计 = Σ columns")
    for i, col in enumerate(cols):
        c.total("balance_mismatch", amt["资金结余"][i], [amt["实际到位"][i], amt["全年执行"][i]], f"(5) {col}",
                signs=[1, -1])
        c.rate("rate_mismatch", Q(ft["到位率"][i].rstrip("%"), "%"), amt["实际到位"][i], amt["全年预算"][i], f"(6) {col}")
        c.rate("rate_mismatch", Q(ft["执行率"][i].rstrip("%"), "%"), amt["全年执行"][i], amt["全年预算"][i], f"(7) {col}")
    c.same([cen, amt["年初预算"][1], amt["全年预算"][1]], "中央")
    c.same([prov0, amt["年初预算"][2]], "省级年初")
    c.total("sum_mismatch", amt["全年预算"][2], [prov0, add], "省级全年 = 年初 + 追加")
    c.same([city, amt["年初预算"][3], amt["全年预算"][3]], "市级")
    c.same([carry, amt["年初预算"][4], amt["全年预算"][4]], "上年结转")
    c.same([annual_p, amt["全年预算"][0]], "全年预算")
    exec_rate = Q(ft["执行率"][0].rstrip("%"), "%")
    g = c.m(r"全年执行" + NUM + r"万元，执行率" + PCT + r"；资金结余" + NUM + r"万元，其中省级" + NUM + r"万元、市级" + NUM + r"万元")
    c.same([M(g.group(1)), amt["全年执行"][0]], "全年执行")
    c.same([Q(g.group(2), "%"), exec_rate], "执行率")
    c.same([M(g.group(3)), amt["资金结余"][0]], "结余")
    c.same([M(g.group(4)), amt["资金结余"][2]], "省级结余")
    c.same([M(g.group(5)), amt["资金结余"][3]], "市级结余")
    c.same([P(c, r"市级配套资金执行率" + PCT), Q(ft["执行率"][3].rstrip("%"), "%")], "市级执行率")
    ct = c.rows_by_name(c.table(r"^县（市、区）\s+任务户数"), 4)
    csum = ct.pop("合计")
    for k in (1, 2):
        c.total("sum_mismatch", I(csum[k]), [I(r[k]) for r in ct.values()], f"county column {k}")
    c.total("sum_mismatch", M(csum[3]), [M(r[3]) for r in ct.values()], "county money")
    c.same([M(csum[3]), amt["全年执行"][0]], "county money vs 执行")
    c.same([task, I(csum[1])], "任务户数")
    hh = I(csum[2])
    c.same([hh, done_y], "完成户数")
    g = c.m(r"全市户均改造费用" + MONEY + r"（约" + NUM + r"万元），(\d+)个县（市、区）平均每县改造(\d+)户")
    avg = Q(g.group(1), g.group(2))
    c.average(avg, amt["全年执行"][0], hh, "户均")
    ncounty = I(g.group(4))
    c.same([ncounty, I(str(len(ct)))], "县（市、区）个数")
    c.average(I(g.group(5)), hh, ncounty, "平均每个县改造户数")
    c.same([I(c.m(r"嫩江市改造(\d+)户").group(1)), I(ct["嫩江市"][2])], "嫩江市")
    g = c.m(r"孙吴县完成(\d+)户，较任务少(\d+)户")
    c.same([I(g.group(1)), I(ct["孙吴县"][2])], "孙吴县")
    c.total("sum_mismatch", I(g.group(2)), [I(ct["孙吴县"][1]), I(ct["孙吴县"][2])], "孙吴 shortfall", signs=[1, -1])
    rows, tw, ts = c.indicator_table(r"^一级指标\s+二级指标\s+三级指标")
    byn = {r["name"]: r for r in rows}
    ex = [r for r in rows if r["l1"] == "预算执行率"][0]
    c.same([ex["A"], exec_rate], "自评表执行率")
    c.same([byn["困难重度残疾人家庭改造户数"]["A"], hh], "改造户数")
    g = c.m(r"完成改造(\d+)户，验收合格(\d+)户，合格率" + PCT + r"；(\d+)户在计划工期内完工，及时率" + PCT)
    c.same([I(g.group(1)), hh], "完成户数")
    c.rate("rate_mismatch", Q(g.group(3), "%"), I(g.group(2)), I(g.group(1)), "合格率")
    c.same([Q(g.group(3), "%"), byn["改造验收合格率"]["A"]], "合格率")
    c.rate("rate_mismatch", Q(g.group(5), "%"), I(g.group(4)), I(g.group(1)), "及时率")
    c.same([Q(g.group(5), "%"), byn["改造完成及时率"]["A"]], "及时率")
    c.same([Q(c.m(r"户均改造成本(\d+)元，低于").group(1), "元"), Q(byn["户均改造成本"]["actual"].rstrip("元"), "元"), avg],
           "户均改造成本")
    goals(c, r"完成改造(\d+)户以上，验收合格率不低于(\d+)%，改造完成及时率不低于(\d+)%，户均改造成本控制在(\d+)元以内，"
             r"受益家庭满意度不低于(\d+)%", byn,
          ["困难重度残疾人家庭改造户数", "改造验收合格率", "改造完成及时率", "户均改造成本", "受益残疾人家庭满意度"])
    c.same([task, T(byn["困难重度残疾人家庭改造户数"])], "任务户数")
    c.same([I(c.m(r"未达到(\d+)%的目标").group(1)), T(byn["改造完成及时率"])], "及时率目标")
    c.same([I(c.m(r"低于(\d+)元的控制标准").group(1)), T(byn["户均改造成本"])], "成本目标")
    g = c.m(r"抽查改造户(\d+)户，正常使用(\d+)户，正常使用率" + PCT)
    c.rate("rate_mismatch", Q(g.group(3), "%"), I(g.group(2)), I(g.group(1)), "正常使用率")
    c.same([Q(g.group(3), "%"), byn["改造设施正常使用率"]["A"]], "正常使用率")
    g = c.m(r"回访(\d+)户，满意(\d+)户，满意度" + PCT)
    c.rate("rate_mismatch", Q(g.group(3), "%"), I(g.group(2)), I(g.group(1)), "满意度")
    c.same([Q(g.group(3), "%"), byn["受益残疾人家庭满意度"]["A"]], "满意度")
    g = c.m(r"预算执行率得分" + NUM + r"分，产出指标得分" + NUM + r"分，效益指标得分" + NUM + r"分，满意度指标得分" + NUM +
            r"分，合计" + NUM + r"分")
    lv = ["预算执行率", "产出指标", "效益指标", "满意度指标"]
    parts = [I(g.group(i + 1)) for i in range(4)]
    c.levels(rows, "s", dict(zip(lv, parts)), "score_sum_mismatch", "level score")
    c.total("score_sum_mismatch", I(g.group(5)), parts, "prose parts vs 合计")
    c.same([I(g.group(5)), ts], "合计 (prose) vs 合计 (table)", code="score_sum_mismatch")
    g = c.m(r"自评总分" + NUM + r"分，评价等级为“([^”]+)”")
    c.same([I(g.group(1)), ts], "自评总分")
    c.grade(ts, g.group(2))


CHECKS = {
    "jl-siping-wuzhangai-2019": check_siping,
    "ha-zhoukou-canlian-bumen-2021": check_zhoukou,
    "fj-longyan-wuzhangai-2022": check_longyan,
    "nm-xinganmeng-wuzhangai-2023": check_xinganmeng,
    "hlj-heihe-wuzhangai-2025": check_heihe,
}


def run(project, text):
    c = Checker(text)
    CHECKS[project](c)
    return c


def edit_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    verbose = "-v" in sys.argv
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    problems = []
    counts = {k: 0 for k in CODES}
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    for lab in labels:
        name, proj = lab["case"], lab["source"]
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            text = fh.read()
        try:
            c = run(proj, text)
        except ParseError as e:
            problems.append(f"{name}: parse error: {e}")
            continue
        got = sorted({code for code, _ in c.errors})
        if verbose:
            print(name, got, [w for w, _ in c.warnings])
            for code, msg in c.errors:
                print("    ", code, msg)
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if c.errors or c.warnings:
                problems.append(f"{name}: clean draft fails {c.errors + c.warnings}")
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        e = exp[0]
        if e["code"] not in CODES or e.get("severity") != "error":
            problems.append(f"{name}: bad code/severity {e}")
        counts[e["code"]] = counts.get(e["code"], 0) + 1
        if got != [e["code"]]:
            problems.append(f"{name}: expected only {e['code']}, verify finds {got}: {c.errors}")
        # label value and edit shape
        if text.count(e["value"]) != 1:
            problems.append(f"{name}: value occurs {text.count(e['value'])} times")
        with open(os.path.join(CASES, proj + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        a, oe, ne = edit_region(clean, text)
        if ne <= a and oe <= a:
            problems.append(f"{name}: identical to the clean draft")
        if max(oe - a, ne - a) > 40:
            problems.append(f"{name}: edit spans {max(oe - a, ne - a)} characters (> 40)")
        vs = text.find(e["value"])
        if not (vs < ne and a < vs + len(e["value"])):
            problems.append(f"{name}: the value does not overlap the edit")
    for code in CODES:
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} used {counts.get(code, 0)} times (< 2)")
    if problems:
        print("\n".join(problems))
        print("FAILED")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
