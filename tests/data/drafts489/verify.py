#!/usr/bin/env python3
"""Verify drafts489: redo the arithmetic of every case from its own text.

Standard library + decimal only. For every case the figures are read back from the text
(regular expressions anchored on the wording of the drafts, and a generic reader for the
｜/tab tables) and every identity of rules.md §7 that the draft contains is recomputed with
the tolerance of rules.md §8 (a stated value with d decimals matches when |c − v| ≤ 0.5·10^−d).

Requirements checked:
  * every clean draft passes every check (errors and score-rule warnings alike);
  * every error case fails the labelled code and no other error code;
  * each label value occurs exactly once in its case; the case differs from its clean draft by
    one contiguous edit of at most 40 characters that overlaps the value;
  * every code of errors.md §A is used at least twice.
Prints OK when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
NUM = r"[0-9][0-9,]*(?:\.[0-9]+)?"
CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]
SCALE = {"万元": Decimal(1), "元": Decimal("0.0001"), "": Decimal(1), "%": Decimal(1)}
RESCALE = (Decimal("0.0001"), Decimal(10000))
HUNDRED = Decimal(100)


class ParseError(Exception):
    pass


def N(s):
    return Decimal(s.replace(",", ""))


def dp(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return Decimal("0.5") * Decimal(10) ** (-dp(s)) + Decimal("1e-9")


def ok(s, c):
    return abs(Decimal(c) - N(s)) <= tol(s)


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORD = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "中": "中",
              "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}
GRADE_RE = "(优秀|良好|中等|一般|合格|较差|不合格|优|良|中|差)"


class M:
    """A stated figure: number string as written and its unit."""

    def __init__(self, s, unit="万元"):
        self.s, self.unit = s, unit

    @property
    def wan(self):
        return N(self.s) * SCALE[self.unit]

    @property
    def tolw(self):
        return tol(self.s) * SCALE[self.unit]

    def __repr__(self):
        return f"{self.s}{self.unit}"


class Ctx:
    def __init__(self, name, text, year):
        self.name, self.t, self.year = name, text, year
        self.fails, self.warns = [], []

    # ---- reading -------------------------------------------------------
    def g(self, pattern):
        ms = list(re.finditer(pattern, self.t))
        if len(ms) != 1:
            raise ParseError(f"{self.name}: {len(ms)} matches for {pattern!r}")
        return ms[0].groups()

    def table(self, header_prefix, sep):
        """Rows of the table whose header line starts with header_prefix: {first cell: cells}."""
        rows = {}
        for cells in self.table_rows(header_prefix, sep):
            if cells[0] in rows:
                raise ParseError(f"{self.name}: duplicate row {cells[0]!r}")
            rows[cells[0]] = cells
        return rows

    def table_rows(self, header_prefix, sep):
        """Rows (lists of cells) of the table whose header line starts with header_prefix."""
        lines = self.t.split("\n")
        starts = [i for i, l in enumerate(lines) if l.startswith(header_prefix)]
        if len(starts) != 1:
            raise ParseError(f"{self.name}: table {header_prefix!r} found {len(starts)} times")
        rows = []
        for line in lines[starts[0] + 1:]:
            if sep not in line:
                break
            rows.append(line.split(sep))
        return rows

    # ---- reporting -----------------------------------------------------
    def fail(self, code, msg):
        self.fails.append((code, msg))

    def warn(self, msg):
        self.warns.append(msg)

    # ---- identities ----------------------------------------------------
    def sum_(self, total, parts, what, code="sum_mismatch"):
        """total = Σ parts (I4); a mismatch reconciled by rescaling one figure by 10^±4 is unit_mismatch."""
        def good(t, tw, ps):
            return abs(t - sum(ps)) <= tw
        t, tw, ps = total.wan, total.tolw, [p.wan for p in parts]
        if good(t, tw, ps):
            return
        for f in RESCALE:
            if good(t * f, tw * f, ps) or any(
                    good(t, tw, ps[:i] + [ps[i] * f] + ps[i + 1:]) for i in range(len(ps))):
                self.fail("unit_mismatch", f"{what}: {total} vs {parts} reconciled by 10^4")
                return
        self.fail(code, f"{what}: {total} ≠ Σ{parts} = {sum(ps)}")

    def diff(self, stated, a, b, what, code="sum_mismatch"):
        """stated = a − b for plain figures (adjustments, increases)."""
        if not ok(stated.s, (a - b) / SCALE[stated.unit]):
            self.fail(code, f"{what}: {stated} ≠ {a} − {b}")

    def balance(self, stated, a, b, what):
        """结余 = a − b (I3), a and b in 万元."""
        c = a - b
        if abs(stated.wan - c) <= stated.tolw:
            return
        if any(abs(stated.wan * f - c) <= stated.tolw * f for f in RESCALE):
            self.fail("unit_mismatch", f"{what}: {stated} vs {c} reconciled by 10^4")
            return
        self.fail("balance_mismatch", f"{what}: {stated} ≠ {a} − {b} = {c}")

    def product(self, amount, count, std, what):
        """amount (万元) = count × per-unit standard (元): a sum over the persons, checked as sum_mismatch."""
        c = N(count) * std.wan
        if abs(amount.wan - c) <= amount.tolw:
            return
        for f in RESCALE:
            if abs(amount.wan * f - c) <= amount.tolw * f or abs(amount.wan - c * f) <= amount.tolw:
                self.fail("unit_mismatch", f"{what}: {amount} vs {count}×{std} reconciled by 10^4")
                return
        self.fail("sum_mismatch", f"{what}: {amount} ≠ {count} × {std} = {c}")

    def same(self, items, what):
        """One quantity stated several times (I11); off by exactly 10^4 → unit_mismatch."""
        a = items[0]
        for b in items[1:]:
            tw = max(a.tolw, b.tolw)
            if abs(a.wan - b.wan) <= tw:
                continue
            if any(abs(a.wan - b.wan * f) <= max(tw, tw * f) for f in RESCALE):
                self.fail("unit_mismatch", f"{what}: {a} vs {b} differ by 10^4")
            else:
                self.fail("conflicting_values", f"{what}: {a} vs {b}")

    def rate(self, stated, num, den, what, cap=True):
        """stated percentage (string without %) = num / den × 100 (I1, I2); zero base → '—' (I5)."""
        if den == 0:
            if stated not in ("—", "0"):
                self.fail("implausible_rate", f"{what}: {stated}% on a zero base")
            return
        c = Decimal(num) / Decimal(den) * HUNDRED
        if stated == "—":
            self.fail("rate_mismatch", f"{what}: '—' but base is {den}")
            return
        if not ok(stated, c):
            self.fail("rate_mismatch", f"{what}: {stated}% ≠ {c:.4f}%")
        elif cap and c > HUNDRED:
            self.fail("implausible_rate", f"{what}: {stated}% above 100%")

    def avg(self, stated, items, what):
        items = [N(x) if isinstance(x, str) else x for x in items]
        c = sum(items) / len(items)
        if not ok(stated, c):
            self.fail("average_mismatch", f"{what}: {stated} ≠ mean {c}")

    def per_capita(self, stated_yuan, total, count, what):
        c = total.wan * 10000 / N(count)
        if not ok(stated_yuan, c):
            self.fail("average_mismatch", f"{what}: {stated_yuan}元 ≠ {c}")

    def years(self, title_re):
        (y,) = self.g(title_re)
        if int(y) != self.year:
            self.fail("year_mismatch", f"title year {y}")
        for y in re.findall(r"结转至(\d{4})年", self.t):
            if int(y) <= self.year:
                self.fail("year_mismatch", f"carried over to {y} in a {self.year} report")
        for y in re.findall(r"截至(\d{4})年12月31日", self.t):
            if int(y) != self.year:
                self.fail("year_mismatch", f"截至{y}年12月31日 in a {self.year} report")

    def grade(self, total_s, word):
        if GRADE_WORD[word] != grade_of(N(total_s)):
            self.fail("grade_mismatch", f"total {total_s} graded {word}")


# ---------------------------------------------------------------- indicator tables
QTY = re.compile(r"^(≥|≤|=|＞|＜|>=|<=)?\s*(" + NUM + r")\s*(\S*)$")


def parse_qty(s):
    s = s.strip()
    m = QTY.match(s)
    if not m:
        return None
    sign, v, unit = m.groups()
    direction = {"≥": "gte", "＞": "gte", ">=": "gte", "≤": "lte", "＜": "lte", "<=": "lte"}.get(sign, "eq")
    return direction, N(v), v, unit


def band(actual_text):
    if "部分达成" in actual_text:
        return Decimal("0.6"), Decimal("0.8"), False
    if "未达成" in actual_text:
        return Decimal(0), Decimal("0.6"), False
    return Decimal("0.8"), Decimal(1), True


class Ind:
    """An indicator table read into rows of dicts."""

    def __init__(self, ctx, header_prefix, sep, cols, total_label, sichuan=False):
        self.ctx = ctx
        raw = ctx.table_rows(header_prefix, sep)
        self.rows, self.total = [], None
        for cells in raw:
            if cells[0] == total_label:
                self.total = {"w": cells[cols["w"]], "s": cells[cols["s"]]}
                continue
            r = {k: cells[i].strip() for k, i in cols.items()}
            if sichuan:
                nature, value, unit, actual = r["nature"], r["value"], r["unit"], r["actual"]
                r["target"] = value if nature == "定性" else nature + value + (unit if unit != "—" else "")
                if parse_qty(actual) and re.search(r"\d$", actual) and unit != "—":
                    actual = actual + unit
                r["actual"] = actual
            self.rows.append(r)
        if self.total is None:
            raise ParseError(f"{ctx.name}: no total row {total_label!r}")
        self.by = {r["name"]: r for r in self.rows}

    def check(self, extra_w=Decimal(0), extra_s=Decimal(0)):
        c = self.ctx
        for r in self.rows:
            w, s = N(r["w"]), N(r["s"])
            if s > w or s < 0:
                c.fail("score_exceeds_weight", f"{r['name']}: score {s} / weight {w}")
            t, a = parse_qty(r["target"]), parse_qty(r["actual"])
            if t and a:
                if t[3] != a[3]:
                    c.fail("unit_mismatch", f"{r['name']}: target {r['target']} vs actual {r['actual']}")
                    continue
                if a[3] == "%" and a[1] > HUNDRED:
                    c.fail("implausible_rate", f"{r['name']}: actual {r['actual']} above 100%")
                direction, tv, av = t[0], t[1], a[1]
                if direction == "lte":
                    comp = HUNDRED if av <= tv else tv / av * HUNDRED
                else:
                    comp = av / tv * HUNDRED
                stated = r.get("comp")
                if stated and stated != "—":
                    if not ok(stated.rstrip("%"), comp):
                        c.fail("completion_mismatch", f"{r['name']}: 完成率 {stated} ≠ {comp:.4f}%")
                exp = w * min(comp / HUNDRED, Decimal(1))
                alt = None
                if stated and stated != "—":
                    alt = w * min(N(stated.rstrip("%")) / HUNDRED, Decimal(1))
                if not (ok(r["s"], exp) or (alt is not None and ok(r["s"], alt))):
                    c.warn(f"score_rule: {r['name']}: score {s}, rule gives {exp:.4f}")
            elif t is None and a is None:
                lo, hi, incl = band(r["actual"])
                if not (lo * w <= s and (s <= hi * w if incl else s < hi * w)):
                    c.warn(f"score_rule: qualitative {r['name']}: {s} outside band")
            else:
                c.fail("unit_mismatch", f"{r['name']}: {r['target']} vs {r['actual']}")
        ws = sum(N(r["w"]) for r in self.rows) + extra_w
        ss = sum(N(r["s"]) for r in self.rows) + extra_s
        if ws != 100 or not ok(self.total["w"], ws):
            c.fail("weight_sum_mismatch", f"weights sum {ws}, 合计 {self.total['w']}")
        if not ok(self.total["s"], ss):
            c.fail("score_sum_mismatch", f"scores sum {ss}, 合计 {self.total['s']}")
        return ss

    def level(self, l1):
        rows = [r for r in self.rows if r["l1"] == l1]
        if not rows:
            raise ParseError(f"{self.ctx.name}: no rows for level {l1}")
        return sum(N(r["w"]) for r in rows), sum(N(r["s"]) for r in rows)

    def level_weights(self, stated):
        """stated: {l1: weight string}; Σ rows per level = stated, Σ stated = 100 (I6)."""
        c = self.ctx
        for l1, v in stated.items():
            if self.level(l1)[0] != N(v):
                c.fail("weight_sum_mismatch", f"level {l1}: rows {self.level(l1)[0]} vs stated {v}")
        if sum(N(v) for v in stated.values()) != 100:
            c.fail("weight_sum_mismatch", f"stated level weights sum {sum(N(v) for v in stated.values())}")

    def level_scores(self, stated, total_s):
        c = self.ctx
        for l1, v in stated.items():
            if not ok(v, self.level(l1)[1]):
                c.fail("score_sum_mismatch", f"level {l1}: rows {self.level(l1)[1]} vs stated {v}")
        if not ok(total_s, sum(N(v) for v in stated.values())):
            c.fail("score_sum_mismatch", f"stated level scores sum to {sum(N(v) for v in stated.values())}, total {total_s}")

    def total_prose(self, total_s, ss):
        if not ok(total_s, ss):
            self.ctx.fail("score_sum_mismatch", f"stated total {total_s} vs Σ {ss}")

    def pct(self, name, key="actual"):
        """A percentage cell as an M (or None when it is not a percentage)."""
        q = parse_qty(self.by[name][key])
        if q is None or q[3] != "%":
            return None
        return M(q[2], "%")

    def qty(self, name, key="actual", unit=""):
        q = parse_qty(self.by[name][key])
        return None if q is None else M(q[2], unit)


def P(s):
    return M(s, "%")


def C(s):
    return M(s, "")


def same_opt(ctx, items, what):
    items = [i for i in items if i is not None]
    if len(items) > 1:
        ctx.same(items, what)


# ---------------------------------------------------------------- D1 Hubei 2019
def d1(c):
    c.years(r"^应城市人力资源和社会保障局\n(\d{4})年度")
    ft = c.table("资金来源｜年初预算数", "｜")
    comps = ["其中：中央资金", "省级资金", "市级资金", "上年结转资金"]
    tot = ft["年度资金总额"]
    for col, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum_(M(tot[col]), [M(ft[r][col]) for r in comps], f"funds {nm} column")
    for r in ["年度资金总额"] + comps:
        c.rate(ft[r][4].rstrip("%"), N(ft[r][3]), N(ft[r][2]), f"执行率 {r}")

    a = c.g(r"年初预算(" + NUM + r")万元，其中中央资金(" + NUM + r")万元、省级资金(" + NUM
            + r")万元、市级资金(" + NUM + r")万元")
    c.sum_(M(a[0]), [M(x) for x in a[1:]], "年初 prose")
    for s, r in zip(a, ["年度资金总额", "其中：中央资金", "省级资金", "市级资金"]):
        c.same([M(s), M(ft[r][1])], f"年初 {r}")
    b = c.g(r"追加预算(" + NUM + r")万元，全年预算数为(" + NUM + r")万元（即(" + NUM + r")万元）")
    c.sum_(M(b[1]), [M(a[0]), M(b[0])], "年初 + 追加 = 全年")
    c.same([M(b[1]), M(b[2]), M(tot[2])], "全年预算")
    e = c.g(r"全年执行(" + NUM + r")万元，预算执行率(" + NUM + r")%")
    c.rate(e[1], N(e[0]), N(b[1]), "prose 执行率")
    bal = c.g(r"年末结余(" + NUM + r")(万元|元)，均为市级资金")
    c.balance(M(*bal), N(b[1]), N(e[0]), "结余 = 全年预算 − 执行")
    c.balance(M(*bal), N(ft["市级资金"][2]), N(ft["市级资金"][3]), "结余 = 市级预算 − 市级执行")

    st = c.g(r"每生每学年(" + NUM + r")元（每学期(" + NUM + r")元）")
    c.sum_(M(st[0], "元"), [M(st[1], "元"), M(st[1], "元")], "学年标准 = 2 × 学期标准")
    s = c.g(r"春季学期免学费学生(" + NUM + r")人（市技工学校(" + NUM + r")人、华中技工学校(" + NUM
            + r")人），秋季学期(" + NUM + r")人（市技工学校(" + NUM + r")人、华中技工学校(" + NUM
            + r")人），全年共(" + NUM + r")人次，按每生每学期(" + NUM + r")(元|万元)标准补助(" + NUM
            + r")(万元|元)，两校分别补助(" + NUM + r")(万元|元)、(" + NUM + r")(万元|元)")
    (sp, sp1, sp2, au, au1, au2, tot_n, std, std_u, amt, amt_u, sc1, sc1_u, sc2, sc2_u) = s
    c.sum_(C(sp), [C(sp1), C(sp2)], "春季人数")
    c.sum_(C(au), [C(au1), C(au2)], "秋季人数")
    c.sum_(C(tot_n), [C(sp), C(au)], "全年人次")
    stdm = M(std, std_u)
    c.same([stdm, M(st[1], "元")], "学期标准")
    c.product(M(amt, amt_u), tot_n, stdm, "补助总额")
    c.product(M(sc1, sc1_u), str(N(sp1) + N(au1)), stdm, "市技工学校补助")
    c.product(M(sc2, sc2_u), str(N(sp2) + N(au2)), stdm, "华中技工学校补助")
    c.sum_(M(amt, amt_u), [M(sc1, sc1_u), M(sc2, sc2_u)], "两校分别补助")
    c.same([M(e[0]), M(tot[3]), M(amt, amt_u)], "全年执行数")
    ly = c.g(r"2018年全年补助(" + NUM + r")人次、(" + NUM + r")万元，本年增加(" + NUM + r")人次，增长(" + NUM + r")%")
    c.product(M(ly[1]), ly[0], stdm, "2018年补助")
    c.diff(C(ly[2]), N(tot_n), N(ly[0]), "增加人次")
    c.rate(ly[3], N(tot_n) - N(ly[0]), N(ly[0]), "增长率", cap=False)

    ind = Ind(c, "一级指标｜二级指标", "｜",
              dict(l1=0, l2=1, name=2, target=3, actual=4, comp=5, w=6, s=7), "合计")
    ss = ind.check()
    lw = c.g(r"预算执行(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
    ind.level_weights(dict(zip(["预算执行", "产出指标", "效益指标", "满意度指标"], lw)))
    ts, gw = c.g(r"本项目自评得分(" + NUM + r")分，评价等级为" + GRADE_RE)
    ind.total_prose(ts, ss)
    c.same([M(ts, ""), M(ind.total["s"], "")], "总分")
    c.grade(ts, gw)
    ls = c.g(r"其中预算执行(" + NUM + r")分，产出指标(" + NUM + r")分，效益指标(" + NUM + r")分，满意度指标(" + NUM + r")分")
    ind.level_scores(dict(zip(["预算执行", "产出指标", "效益指标", "满意度指标"], ls)), ts)
    same_opt(c, [P(e[1]), P(tot[4].rstrip("%")), ind.pct("预算执行率")], "预算执行率")
    same_opt(c, [C(tot_n), ind.qty("免学费补助学生人次")], "补助人次")
    same_opt(c, [C(au), ind.qty("秋季在校生人数")], "秋季人数")
    same_opt(c, [M(st[0], "元"), ind.qty("生均免学费补助标准", unit="元")], "生均标准")
    gr = c.g(r"毕业生(" + NUM + r")人，已就业(" + NUM + r")人，就业率(" + NUM + r")%")
    c.rate(gr[2], N(gr[1]), N(gr[0]), "就业率")
    same_opt(c, [P(gr[2]), ind.pct("毕业生就业率")], "就业率")
    ti = c.g(r"拨付及时率为(" + NUM + r")%，未达到(" + NUM + r")%的目标")
    same_opt(c, [P(ti[0]), ind.pct("补助资金拨付及时率")], "及时率")
    same_opt(c, [P(ti[1]), ind.pct("补助资金拨付及时率", "target")], "及时率目标")
    go = c.g(r"全年为不少于(" + NUM + r")人次.*?受助学生满意度不低于(" + NUM + r")%")
    same_opt(c, [C(go[0]), ind.qty("免学费补助学生人次", "target")], "人次目标")
    same_opt(c, [P(go[1]), ind.pct("受助学生满意度", "target")], "满意度目标")
    same_opt(c, [M(st[0], "元"), ind.qty("生均免学费补助标准", "target", unit="元")], "生均标准目标")
    (dw,) = c.g(r"预算执行得分=(\d+)×预算执行率")
    c.same([C(dw), C(ind.by["预算执行率"]["w"])], "预算执行分值")
    (rr,) = c.g(r"各级资金已全部到位，到位率(" + NUM + r")%")
    c.rate(rr, N(b[1]), N(b[1]), "到位率（全部到位）")


# ---------------------------------------------------------------- D2 Shanxi 2021
def d2(c):
    c.years(r"^孝义市人力资源和社会保障局\n(\d{4})年度")
    ft = c.table("项目\t行次", "\t")
    R = {k: ft[k] for k in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金",
                            "资金结余", "预算到位率", "预算执行率")}
    cols = ["年度总金额", "财政资金小计", "中央级", "省级", "市级", "上年结转资金", "其他资金"]
    for k in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"):
        row = R[k]
        c.sum_(M(row[2]), [M(row[3]), M(row[7]), M(row[8])], f"{k}: 总金额 = 财政 + 结转 + 其他")
        c.sum_(M(row[3]), [M(row[4]), M(row[5]), M(row[6])], f"{k}: 财政小计 = 中央 + 省 + 市")
    for i, col in enumerate(cols, 2):
        c.balance(M(R["资金结余"][i]), N(R["实际到位资金"][i]), N(R["全年执行资金"][i]), f"(5) {col}")
        c.rate(R["预算到位率"][i].rstrip("%"), N(R["实际到位资金"][i]), N(R["全年预算资金"][i]), f"(6) {col}")
        c.rate(R["预算执行率"][i].rstrip("%"), N(R["全年执行资金"][i]), N(R["全年预算资金"][i]), f"(7) {col}")

    p = c.g(r"全年预算(" + NUM + r")万元，资金到位(" + NUM + r")万元，到位率(" + NUM + r")%；全年实际支出("
            + NUM + r")万元，执行率(" + NUM + r")%。其中发放职业技能等级认定补贴(" + NUM + r")万元，其余("
            + NUM + r")万元")
    budget, recv, rr, spent, er, subsidy, rest = p
    c.same([M(budget), M(R["全年预算资金"][2])], "全年预算")
    c.same([M(recv), M(R["实际到位资金"][2])], "到位")
    c.same([M(spent), M(R["全年执行资金"][2])], "执行")
    c.rate(rr, N(recv), N(budget), "prose 到位率")
    c.rate(er, N(spent), N(budget), "prose 执行率")
    c.same([P(rr), P(R["预算到位率"][2].rstrip("%"))], "到位率")
    c.sum_(M(spent), [M(subsidy), M(rest)], "支出 = 补贴 + 其余")
    q = c.g(r"资金结余(" + NUM + r")万元，其中省级资金(" + NUM + r")万元、市级资金(" + NUM + r")万元")
    c.sum_(M(q[0]), [M(q[1]), M(q[2])], "结余构成")
    c.same([M(q[0]), M(R["资金结余"][2])], "结余")
    c.same([M(q[1]), M(R["资金结余"][5])], "省级结余")
    c.same([M(q[2]), M(R["资金结余"][6])], "市级结余")
    c.balance(M(q[0]), N(recv), N(spent), "prose 结余")
    (mr,) = c.g(r"市级资金到位率为(" + NUM + r")%")
    c.same([P(mr), P(R["预算到位率"][6].rstrip("%"))], "市级到位率")

    std = c.g(r"初级工（五级）每人(" + NUM + r")(元|万元)、中级工（四级）每人(" + NUM + r")(元|万元)、高级工（三级）每人("
              + NUM + r")(元|万元)")
    stds = [M(std[0], std[1]), M(std[2], std[3]), M(std[4], std[5])]
    k = c.g(r"全年组织职业技能等级认定(" + NUM + r")人，取证(" + NUM + r")人，总体通过率(" + NUM
            + r")%。其中初级工参加(" + NUM + r")人、取证(" + NUM + r")人，中级工参加(" + NUM + r")人、取证("
            + NUM + r")人，高级工参加(" + NUM + r")人、取证(" + NUM + r")人，三个等级通过率分别为(" + NUM
            + r")%、(" + NUM + r")%、(" + NUM + r")%，平均通过率(" + NUM + r")%")
    (att, cert, rate_all, a1, c1, a2, c2, a3, c3, r1, r2, r3, ravg) = k
    c.sum_(C(att), [C(a1), C(a2), C(a3)], "参加人数")
    c.sum_(C(cert), [C(c1), C(c2), C(c3)], "取证人数")
    c.rate(rate_all, N(cert), N(att), "总体通过率")
    for rs, cc, aa, nm in ((r1, c1, a1, "初级"), (r2, c2, a2, "中级"), (r3, c3, a3, "高级")):
        c.rate(rs, N(cc), N(aa), f"{nm}通过率")
    c.avg(ravg, [r1, r2, r3], "平均通过率")
    f = c.g(r"分别发放补贴(" + NUM + r")(万元|元)、(" + NUM + r")(万元|元)、(" + NUM + r")(万元|元)，合计(" + NUM
            + r")万元，人均(" + NUM + r")元")
    amts = [M(f[0], f[1]), M(f[2], f[3]), M(f[4], f[5])]
    for amt, cnt, sd, nm in zip(amts, (c1, c2, c3), stds, ("初级", "中级", "高级")):
        c.product(amt, cnt, sd, f"{nm}补贴")
    c.sum_(M(f[6]), amts, "补贴合计")
    c.same([M(f[6]), M(subsidy)], "认定补贴")
    c.per_capita(f[7], M(f[6]), cert, "人均认定补贴")
    ly = c.g(r"2020年全市取证(" + NUM + r")人，本年较上年增长(" + NUM + r")%")
    c.rate(ly[1], N(cert) - N(ly[0]), N(ly[0]), "增长率", cap=False)
    sv = c.g(r"认定考场(" + NUM + r")场次，督导抽查(" + NUM + r")场次，抽查覆盖率(" + NUM + r")%")
    c.rate(sv[2], N(sv[1]), N(sv[0]), "抽查覆盖率")
    ti = c.g(r"受理补贴申请(" + NUM + r")批次，按时发放(" + NUM + r")批次，及时率(" + NUM + r")%，未达到(" + NUM + r")%的目标")
    c.rate(ti[2], N(ti[1]), N(ti[0]), "及时率")
    em = c.g(r"抽样回访取证人员(" + NUM + r")人，就业（在岗）(" + NUM + r")人，就业（在岗）率(" + NUM + r")%")
    c.rate(em[2], N(em[1]), N(em[0]), "就业（在岗）率")
    sa = c.g(r"回收有效问卷(" + NUM + r")份，表示满意的(" + NUM + r")份，满意度(" + NUM + r")%")
    c.rate(sa[2], N(sa[1]), N(sa[0]), "满意度")

    ind = Ind(c, "一级指标\t二级指标", "\t",
              dict(l1=0, l2=1, name=2, target=3, actual=4, comp=5, w=6, s=7), "合计")
    ss = ind.check()
    lw = c.g(r"预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
    ind.level_weights(dict(zip(["预算执行", "产出指标", "效益指标", "满意度指标"], lw)))
    ts, gw = c.g(r"本项目自评得分(" + NUM + r")分，评价等级为" + GRADE_RE)
    ind.total_prose(ts, ss)
    c.grade(ts, gw)
    same_opt(c, [P(er), P(R["预算执行率"][2].rstrip("%")), ind.pct("预算执行率")], "执行率")
    same_opt(c, [C(cert), ind.qty("职业技能等级认定取证人数")], "取证人数")
    same_opt(c, [P(rate_all), ind.pct("认定通过率")], "通过率")
    same_opt(c, [P(sv[2]), ind.pct("认定质量督导抽查覆盖率")], "抽查覆盖率")
    same_opt(c, [P(ti[2]), ind.pct("补贴资金发放及时率")], "及时率")
    same_opt(c, [P(ti[3]), ind.pct("补贴资金发放及时率", "target")], "及时率目标")
    same_opt(c, [C(f[7]), ind.qty("人均认定补贴")], "人均补贴")
    same_opt(c, [P(em[2]), ind.pct("取证人员就业（在岗）率")], "就业率")
    same_opt(c, [P(sa[2]), ind.pct("参评人员满意度")], "满意度")
    go = c.g(r"全年取得职业技能等级证书不少于(" + NUM + r")人，认定通过率不低于(" + NUM
             + r")%.*?人均认定补贴控制在(" + NUM + r")元以内，参评人员满意度不低于(" + NUM + r")%")
    same_opt(c, [C(go[0]), ind.qty("职业技能等级认定取证人数", "target")], "取证目标")
    same_opt(c, [P(go[1]), ind.pct("认定通过率", "target")], "通过率目标")
    same_opt(c, [C(go[2]), ind.qty("人均认定补贴", "target")], "人均目标")
    same_opt(c, [P(go[3]), ind.pct("参评人员满意度", "target")], "满意度目标")


# ---------------------------------------------------------------- D3 Sichuan 2022
def d3(c):
    c.years(r"^蓬溪县技工学校(\d{4})年度")
    ft = c.table("项目资金（万元）｜年初预算数", "｜")
    comps = ["其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]
    tot = ft["年度资金总额"]
    for col, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum_(M(tot[col]), [M(ft[r][col]) for r in comps], f"funds {nm} column")
    for r in ["年度资金总额"] + comps:
        c.rate(ft[r][5].rstrip("%"), N(ft[r][3]), N(ft[r][2]), f"执行率 {r}")
    ew, es = N(tot[4]), N(tot[6])
    exp = ew * min(N(tot[3]) / N(tot[2]), Decimal(1))
    if not (ok(tot[6], exp) or ok(tot[6], ew * N(tot[5].rstrip("%")) / HUNDRED)):
        c.warn(f"score_rule: execution score {tot[6]} vs {exp}")
    if es > ew:
        c.fail("score_exceeds_weight", "execution score above weight")

    a = c.g(r"年初预算(" + NUM + r")万元，9月根据秋季学期实际注册人数追加预算，调整后全年预算(" + NUM + r")万元")
    c.same([M(a[0]), M(tot[1]), M(ft["其中：财政资金"][1])], "年初预算")
    c.same([M(a[1]), M(tot[2])], "全年预算")
    e = c.g(r"全年执行(" + NUM + r")万元，执行率(" + NUM + r")%，结余(" + NUM + r")(万元|元)")
    c.rate(e[1], N(e[0]), N(a[1]), "prose 执行率")
    c.same([M(e[0]), M(tot[3])], "执行数")
    c.same([P(e[1]), P(tot[5].rstrip("%"))], "执行率")
    c.balance(M(e[2], e[3]), N(a[1]), N(e[0]), "结余")

    st = c.g(r"一般专业每生每学年(" + NUM + r")元（每学期(" + NUM + r")元），数控、汽修等高成本专业每生每学年("
             + NUM + r")元（每学期(" + NUM + r")元）")
    c.sum_(M(st[0], "元"), [M(st[1], "元")] * 2, "一般专业学年标准")
    c.sum_(M(st[2], "元"), [M(st[3], "元")] * 2, "高成本专业学年标准")
    s = c.g(r"春季学期补助一般专业(" + NUM + r")人、高成本专业(" + NUM + r")人，秋季学期补助一般专业(" + NUM
            + r")人、高成本专业(" + NUM + r")人，春季学期、秋季学期分别使用资金(" + NUM + r")万元、(" + NUM + r")万元")
    sg, sh, ag, ah, spa, aua = s
    g1, h1 = M(st[1], "元"), M(st[3], "元")
    for amt, ng, nh, nm in ((spa, sg, sh, "春季"), (aua, ag, ah, "秋季")):
        cg = N(ng) * g1.wan + N(nh) * h1.wan
        if not ok(amt, cg):
            c.fail("sum_mismatch", f"{nm}资金 {amt} ≠ {cg}")
    c.sum_(M(e[0]), [M(spa), M(aua)], "执行 = 春季 + 秋季")
    n = c.g(r"全年免学费补助学生(" + NUM + r")人次，其中高成本专业(" + NUM + r")人次；春季学期、秋季学期补助人数分别为("
            + NUM + r")人、(" + NUM + r")人")
    c.sum_(C(n[0]), [C(n[2]), C(n[3])], "全年人次")
    c.sum_(C(n[1]), [C(sh), C(ah)], "高成本人次")
    c.sum_(C(n[2]), [C(sg), C(sh)], "春季人数")
    c.sum_(C(n[3]), [C(ag), C(ah)], "秋季人数")
    z = c.g(r"计划招生(" + NUM + r")人，实际招生(" + NUM + r")人，招生计划完成率(" + NUM + r")%")
    c.rate(z[2], N(z[1]), N(z[0]), "招生计划完成率")
    gcert = c.g(r"毕业生(" + NUM + r")人，取得中级工及以上职业技能等级证书(" + NUM + r")人，获取率(" + NUM + r")%")
    c.rate(gcert[2], N(gcert[1]), N(gcert[0]), "证书获取率")
    (gt,) = c.g(r"获取率" + NUM + r"%，低于(" + NUM + r")%的目标")

    ind = Ind(c, "一级指标｜二级指标", "｜",
              dict(l1=0, l2=1, name=2, nature=3, value=4, unit=5, actual=6, w=7, s=8), "总分", sichuan=True)
    ss = ind.check(extra_w=ew, extra_s=es)
    ts, gw = c.g(r"本项目自评得分(" + NUM + r")分，评价等级为" + GRADE_RE)
    (gw2,) = c.g(r"自评等级为" + GRADE_RE)
    ind.total_prose(ts, ss)
    c.same([M(ts, ""), M(ind.total["s"], "")], "总分")
    c.grade(ts, gw)
    c.grade(ts, gw2)
    same_opt(c, [C(n[0]), ind.qty("免学费补助学生人次")], "人次")
    same_opt(c, [C(n[1]), ind.qty("其中高成本专业补助人次")], "高成本人次")
    same_opt(c, [C(st[0]), ind.qty("一般专业补助标准")], "一般标准")
    same_opt(c, [C(st[2]), ind.qty("高成本专业补助标准")], "高成本标准")
    same_opt(c, [C(st[0]), ind.qty("一般专业补助标准", "target")], "一般标准目标")
    same_opt(c, [C(st[2]), ind.qty("高成本专业补助标准", "target")], "高成本标准目标")
    same_opt(c, [P(gt), ind.pct("毕业生中级工及以上证书获取率", "target")], "获取率目标")
    same_opt(c, [P(z[2]), ind.pct("招生计划完成率")], "招生完成率")
    same_opt(c, [P(gcert[2]), ind.pct("毕业生中级工及以上证书获取率")], "证书获取率")
    go = c.g(r"全年免学费补助不少于(" + NUM + r")人次，其中高成本专业不少于(" + NUM + r")人次；学籍核查准确率("
             + NUM + r")%；资金拨付到校及时率不低于(" + NUM + r")%；招生计划完成率不低于(" + NUM
             + r")%；毕业生中级工及以上职业技能等级证书获取率不低于(" + NUM + r")%")
    for v, nm, unit in zip(go, ["免学费补助学生人次", "其中高成本专业补助人次", "学籍核查准确率", "资金拨付到校及时率",
                                "招生计划完成率", "毕业生中级工及以上证书获取率"], ["", "", "%", "%", "%", "%"]):
        same_opt(c, [M(v, unit), ind.pct(nm, "target") if unit == "%" else ind.qty(nm, "target")], f"目标 {nm}")


# ---------------------------------------------------------------- D4 Hunan 2023 (部门整体)
def d4(c):
    c.years(r"^冷水江市技工学校(\d{4})年度部门整体支出")
    ft = c.table("资金来源｜年初预算数", "｜")
    comps = ["当年财政拨款", "上年结转资金", "事业收入", "其他收入"]
    tot = ft["年度资金总额"]
    for col, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum_(M(tot[col]), [M(ft[r][col]) for r in comps], f"funds {nm} column")
    for r in ["年度资金总额"] + comps:
        c.rate(ft[r][4].rstrip("%"), N(ft[r][3]), N(ft[r][2]), f"执行率 {r}")
    B, S = N(tot[2]), N(tot[3])
    (inc,) = c.g(r"全年预算较年初增加(" + NUM + r")万元")
    c.diff(M(inc), B, N(tot[1]), "预算调整额")
    q = c.g(r"年末结转结余(" + NUM + r")万元，其中实训设备购置项目尾款(" + NUM + r")万元结转至\d{4}年继续使用，基本支出结余("
            + NUM + r")万元、职业技能等级认定经费结余(" + NUM + r")万元")
    c.balance(M(q[0]), B, S, "结转结余 = 全年预算 − 执行")
    c.sum_(M(q[0]), [M(q[1]), M(q[2]), M(q[3])], "结转结余构成")
    bs = c.g(r"基本支出全年预算(" + NUM + r")万元，执行(" + NUM + r")万元，其中人员经费(" + NUM + r")万元、公用经费(" + NUM + r")万元")
    c.sum_(M(bs[1]), [M(bs[2]), M(bs[3])], "基本支出 = 人员 + 公用")
    c.balance(M(q[2]), N(bs[0]), N(bs[1]), "基本支出结余")
    sg = c.g(r"“三公”经费支出(" + NUM + r")万元，控制在年初预算(" + NUM + r")万元以内")
    pj = c.g(r"项目支出全年预算(" + NUM + r")万元，执行(" + NUM + r")万元，项目支出执行率(" + NUM + r")%")
    c.rate(pj[2], N(pj[1]), N(pj[0]), "项目支出执行率")
    c.sum_(M(tot[2]), [M(bs[0]), M(pj[0])], "全年预算 = 基本 + 项目")
    c.sum_(M(tot[3]), [M(bs[1]), M(pj[1])], "执行 = 基本 + 项目")

    pt = c.table("项目名称｜全年预算数", "｜")
    names = ["免学费补助资金", "职业技能等级认定经费", "实训设备购置", "国家助学金"]
    for col, nm in ((1, "预算"), (2, "执行")):
        c.sum_(M(pt["合计"][col]), [M(pt[x][col]) for x in names], f"项目表 {nm} 合计")
    c.same([M(pj[0]), M(pt["合计"][1])], "项目预算")
    c.same([M(pj[1]), M(pt["合计"][2])], "项目执行")
    (n_proj, avg) = c.g(r"(\d+)个项目平均自评得分(" + NUM + r")分")
    if int(n_proj) != len(names):
        c.fail("average_mismatch", f"{n_proj} projects stated, {len(names)} listed")
    c.avg(avg, [pt[x][3] for x in names], "项目平均自评得分")
    c.balance(M(q[1]), N(pt["实训设备购置"][1]), N(pt["实训设备购置"][2]), "实训设备尾款")
    c.balance(M(q[3]), N(pt["职业技能等级认定经费"][1]), N(pt["职业技能等级认定经费"][2]), "认定经费结余")

    m = c.g(r"春季学期免学费学生(" + NUM + r")人，秋季学期(" + NUM + r")人，按每生每学期(" + NUM + r")元标准，共补助("
            + NUM + r")人次、(" + NUM + r")万元")
    c.sum_(C(m[3]), [C(m[0]), C(m[1])], "免学费人次")
    c.product(M(m[4]), m[3], M(m[2], "元"), "免学费金额")
    c.same([M(m[4]), M(pt["免学费补助资金"][1]), M(pt["免学费补助资金"][2])], "免学费资金")
    r2 = c.g(r"职业技能等级认定经费全年预算(" + NUM + r")万元，执行(" + NUM + r")万元，执行率(" + NUM + r")%")
    c.rate(r2[2], N(r2[1]), N(r2[0]), "认定经费执行率")
    c.same([M(r2[0]), M(pt["职业技能等级认定经费"][1])], "认定经费预算")
    c.same([M(r2[1]), M(pt["职业技能等级认定经费"][2])], "认定经费执行")
    k = c.g(r"全年组织认定(" + NUM + r")人次，合格(" + NUM + r")人次，合格率(" + NUM + r")%；其中在校生参加(" + NUM
            + r")人次、合格(" + NUM + r")人次，合格率(" + NUM + r")%，社会人员参加(" + NUM + r")人次、合格(" + NUM
            + r")人次，合格率(" + NUM + r")%")
    c.sum_(C(k[0]), [C(k[3]), C(k[6])], "认定人次")
    c.sum_(C(k[1]), [C(k[4]), C(k[7])], "合格人次")
    c.rate(k[2], N(k[1]), N(k[0]), "合格率")
    c.rate(k[5], N(k[4]), N(k[3]), "在校生合格率")
    c.rate(k[8], N(k[7]), N(k[6]), "社会人员合格率")
    eq = c.g(r"合同金额(" + NUM + r")万元，已支付(" + NUM + r")万元")
    c.same([M(eq[0]), M(pt["实训设备购置"][1])], "实训预算")
    c.same([M(eq[1]), M(pt["实训设备购置"][2])], "实训执行")
    ga = c.g(r"春季、秋季学期分别资助(" + NUM + r")人、(" + NUM + r")人，每生每学期(" + NUM + r")元，发放(" + NUM + r")万元")
    c.product(M(ga[3]), str(N(ga[0]) + N(ga[1])), M(ga[2], "元"), "国家助学金")
    c.same([M(ga[3]), M(pt["国家助学金"][1]), M(pt["国家助学金"][2])], "国家助学金")
    gr = c.g(r"毕业生(" + NUM + r")人，取得毕业证书和职业技能等级证书的(" + NUM + r")人，“双证书”获取率(" + NUM
             + r")%；已就业(" + NUM + r")人，就业率(" + NUM + r")%")
    c.rate(gr[2], N(gr[1]), N(gr[0]), "双证书获取率")
    c.rate(gr[4], N(gr[3]), N(gr[0]), "就业率")

    ind = Ind(c, "一级指标｜二级指标", "｜", dict(l1=0, l2=1, name=2, target=3, actual=4, w=5, s=6), "合计")
    ss = ind.check()
    lw = c.g(r"预算执行(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
    ind.level_weights(dict(zip(["预算执行", "产出指标", "效益指标", "满意度指标"], lw)))
    ts, gw = c.g(r"部门整体支出自评得分(" + NUM + r")分，评价等级为“" + GRADE_RE + "”")
    ind.total_prose(ts, ss)
    c.grade(ts, gw)
    same_opt(c, [P(tot[4].rstrip("%")), ind.pct("部门预算执行率")], "执行率")
    same_opt(c, [C(m[3]), ind.qty("免学费补助学生人次")], "免学费人次")
    same_opt(c, [C(k[0]), ind.qty("职业技能等级认定人次")], "认定人次")
    same_opt(c, [P(k[2]), ind.pct("等级认定合格率")], "合格率")
    same_opt(c, [P(gr[2]), ind.pct("毕业生“双证书”获取率")], "双证书")
    same_opt(c, [P(gr[4]), ind.pct("毕业生就业率")], "就业率")
    (dt,) = c.g(r"“双证书”获取率未达到(" + NUM + r")%的目标")
    same_opt(c, [P(dt), ind.pct("毕业生“双证书”获取率", "target")], "双证书目标")
    same_opt(c, [M(sg[0]), M(ind.by["“三公”经费支出"]["actual"].replace("万元", ""))], "三公经费")
    same_opt(c, [M(sg[1]), M(ind.by["“三公”经费支出"]["target"].lstrip("≤").replace("万元", ""))], "三公经费预算")


# ---------------------------------------------------------------- D5 Guangxi 2025
def d5(c):
    c.years(r"^上林县人力资源和社会保障局\n(\d{4})年度")
    ft = c.table("项目\t年初预算数", "\t")
    comps = ["其中：当年财政拨款", "上年结转资金", "其他资金"]
    tot = ft["年度资金总额"]
    for col, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum_(M(tot[col]), [M(ft[r][col]) for r in comps], f"funds {nm} column")
    for r in ["年度资金总额"] + comps:
        c.rate(ft[r][5].rstrip("%"), N(ft[r][3]), N(ft[r][2]), f"执行率 {r}")

    f = c.g(r"年初预算(" + NUM + r")万元（中央资金(" + NUM + r")万元、自治区资金(" + NUM + r")万元、县级资金(" + NUM
            + r")万元），秋季学期根据实际在校生人数追加中央和自治区资金(" + NUM + r")万元，全年预算(" + NUM
            + r")万元（中央资金(" + NUM + r")万元、自治区资金(" + NUM + r")万元、县级资金(" + NUM + r")万元）。全年执行("
            + NUM + r")万元（中央(" + NUM + r")万元、自治区(" + NUM + r")万元、县级(" + NUM + r")万元），执行率(" + NUM
            + r")%；其中免学费补助(" + NUM + r")万元，认定补贴(" + NUM + r")万元。结余(" + NUM + r")万元，均为县级配套资金")
    (i0, i1, i2, i3, add, b0, b1, b2, b3, s0, s1, s2, s3, er, tuition, subsidy, bal) = f
    c.sum_(M(i0), [M(i1), M(i2), M(i3)], "年初构成")
    c.sum_(M(b0), [M(b1), M(b2), M(b3)], "全年构成")
    c.sum_(M(s0), [M(s1), M(s2), M(s3)], "执行构成")
    c.sum_(M(b0), [M(i0), M(add)], "年初 + 追加")
    c.diff(M(add), N(b1) + N(b2), N(i1) + N(i2), "追加 = 中央与自治区增加额")
    c.same([M(i3), M(b3)], "县级资金（无追加）")
    c.rate(er, N(s0), N(b0), "prose 执行率")
    c.sum_(M(s0), [M(tuition), M(subsidy)], "执行 = 免学费 + 认定补贴")
    c.balance(M(bal), N(b0), N(s0), "结余")
    c.balance(M(bal), N(b3), N(s3), "县级结余")
    c.same([M(i0), M(tot[1])], "年初")
    c.same([M(b0), M(tot[2])], "全年")
    c.same([P(er), P(tot[5].rstrip("%"))], "执行率")
    (ov,) = c.g(r"项目实际支出(" + NUM + r")万元")
    c.same([M(s0), M(tot[3]), M(ov)], "执行数")

    o = c.g(r"按每生每学期(" + NUM + r")元标准补助学校；.*?按初级工每人(" + NUM + r")元、中级工每人(" + NUM + r")元的标准")
    t = c.g(r"春季学期补助(" + NUM + r")人，秋季学期补助(" + NUM + r")人，全年(" + NUM + r")人次，按每生每学期(" + NUM
            + r")(元|万元)拨付(" + NUM + r")万元（(" + NUM + r")元）")
    c.sum_(C(t[2]), [C(t[0]), C(t[1])], "免学费人次")
    c.same([M(o[0], "元"), M(t[3], t[4])], "学期标准")
    c.product(M(t[5]), t[2], M(t[3], t[4]), "免学费金额")
    c.same([M(t[5]), M(t[6], "元"), M(tuition)], "免学费资金")
    c.product(M(t[6], "元"), t[2], M(t[3], t[4]), "免学费金额（元）")
    k = c.g(r"全年在校生参加认定(" + NUM + r")人，取证(" + NUM + r")人，通过率(" + NUM + r")%。其中初级工参加(" + NUM
            + r")人、取证(" + NUM + r")人，中级工参加(" + NUM + r")人、取证(" + NUM + r")人，通过率分别为(" + NUM
            + r")%、(" + NUM + r")%。初级工取证(" + NUM + r")人，每人(" + NUM + r")(元|万元)，发放(" + NUM
            + r")万元；中级工取证(" + NUM + r")人，每人(" + NUM + r")(元|万元)，发放(" + NUM + r")万元")
    (att, cert, rall, a1, c1, a2, c2, r1, r2, c1b, sd1, sd1u, m1, c2b, sd2, sd2u, m2) = k
    c.sum_(C(att), [C(a1), C(a2)], "参加人数")
    c.sum_(C(cert), [C(c1), C(c2)], "取证人数")
    c.rate(rall, N(cert), N(att), "通过率")
    c.rate(r1, N(c1), N(a1), "初级通过率")
    c.rate(r2, N(c2), N(a2), "中级通过率")
    c.same([C(c1), C(c1b)], "初级取证")
    c.same([C(c2), C(c2b)], "中级取证")
    c.product(M(m1), c1b, M(sd1, sd1u), "初级补贴")
    c.product(M(m2), c2b, M(sd2, sd2u), "中级补贴")
    c.sum_(M(subsidy), [M(m1), M(m2)], "认定补贴")
    c.same([M(o[1], "元"), M(sd1, sd1u)], "初级标准")
    gr = c.g(r"毕业生(" + NUM + r")人，已就业(" + NUM + r")人，就业率(" + NUM + r")%")
    c.rate(gr[2], N(gr[1]), N(gr[0]), "就业率")
    sa = c.g(r"发放问卷(" + NUM + r")份，满意(" + NUM + r")份，满意度(" + NUM + r")%")
    c.rate(sa[2], N(sa[1]), N(sa[0]), "满意度")

    ind = Ind(c, "一级指标\t二级指标", "\t",
              dict(l1=0, l2=1, name=2, target=3, actual=4, comp=5, w=6, s=7), "合计")
    ss = ind.check()
    ts, gw = c.g(r"本项目自评得分(" + NUM + r")分，评价等级为" + GRADE_RE)
    ind.total_prose(ts, ss)
    c.same([M(ts, ""), M(ind.total["s"], "")], "总分")
    c.grade(ts, gw)
    ls = c.g(r"其中预算执行(" + NUM + r")分、产出指标(" + NUM + r")分、效益指标(" + NUM + r")分、满意度指标(" + NUM + r")分")
    ind.level_scores(dict(zip(["预算执行", "产出指标", "效益指标", "满意度指标"], ls)), ts)
    std_row = ind.by["中级工认定补贴标准"]
    c.same([M(o[2], "元"), M(sd2, sd2u), M(std_row["actual"].replace("元/人", ""), "元"),
            M(std_row["target"].lstrip("≤").replace("元/人", ""), "元")], "中级标准")
    same_opt(c, [P(er), ind.pct("预算执行率")], "执行率")
    ew, es = N(tot[4]), N(tot[6])
    if not (ok(tot[6], ew * min(N(tot[3]) / N(tot[2]), Decimal(1)))
            or ok(tot[6], ew * N(tot[5].rstrip("%")) / HUNDRED)):
        c.warn(f"score_rule: execution score {tot[6]}")
    c.same([C(tot[4]), C(ind.by["预算执行率"]["w"])], "预算执行分值")
    c.same([C(tot[6]), C(ind.by["预算执行率"]["s"])], "预算执行得分")
    same_opt(c, [C(t[2]), ind.qty("免学费补助学生人次")], "免学费人次")
    same_opt(c, [C(cert), ind.qty("等级认定取证人数")], "取证人数")
    same_opt(c, [P(rall), ind.pct("在校生认定通过率")], "通过率")
    same_opt(c, [P(gr[2]), ind.pct("毕业生就业率")], "就业率")
    same_opt(c, [P(sa[2]), ind.pct("学生及家长满意度")], "满意度")
    go = c.g(r"全年免学费补助不少于(" + NUM + r")人次，在校生职业技能等级认定取证不少于(" + NUM + r")人，认定通过率不低于("
             + NUM + r")%，补贴资金发放及时率不低于(" + NUM + r")%，毕业生就业率不低于(" + NUM
             + r")%，学生及家长满意度不低于(" + NUM + r")%")
    for v, nm, unit in zip(go, ["免学费补助学生人次", "等级认定取证人数", "在校生认定通过率", "补贴资金发放及时率",
                                "毕业生就业率", "学生及家长满意度"], ["", "", "%", "%", "%", "%"]):
        same_opt(c, [M(v, unit), ind.pct(nm, "target") if unit == "%" else ind.qty(nm, "target")], f"目标 {nm}")


PROJECTS = {
    "hb-yingcheng-jigongmianxue-2019": (d1, 2019),
    "sx-xiaoyi-jinengrending-2021": (d2, 2021),
    "sc-pengxi-jigongxuefei-2022": (d3, 2022),
    "hn-lengshuijiang-jigongxuexiao-bumen-2023": (d4, 2023),
    "gx-shanglin-rendingbutie-2025": (d5, 2025),
}


def run(name, text, source):
    fn, year = PROJECTS[source]
    c = Ctx(name, text, year)
    fn(c)
    return c


def edit_region(a, b):
    """Common prefix/suffix stripped: (start, end_in_a, end_in_b)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    cases = sorted(os.listdir(CASES))
    if sorted(r["case"] for r in labels) != cases:
        problems.append("labels.jsonl and cases/ do not list the same files")
    if len(labels) != 35 or sum(r["clean"] for r in labels) != 5:
        problems.append(f"expected 35 cases with 5 clean, got {len(labels)}")
    codes = {}
    texts = {}
    for r in labels:
        with open(os.path.join(CASES, r["case"]), encoding="utf-8") as fh:
            texts[r["case"]] = fh.read()
    verbose = "-v" in sys.argv
    for r in labels:
        name, text = r["case"], texts[r["case"]]
        try:
            c = run(name, text, r["source"])
        except ParseError as exc:
            problems.append(f"{name}: parse error: {exc}")
            continue
        got = sorted({code for code, _ in c.fails})
        if verbose:
            print(name, got, c.fails if not r["clean"] else "", c.warns if c.warns else "")
        if r["clean"]:
            n = len(text)
            if not 1500 <= n <= 5000:
                problems.append(f"{name}: length {n} outside 1500–5000")
            if c.fails or c.warns:
                problems.append(f"{name}: clean draft fails {c.fails} warns {c.warns}")
            continue
        if len(r["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        exp = r["expected"][0]
        codes[exp["code"]] = codes.get(exp["code"], 0) + 1
        if exp["severity"] != "error":
            problems.append(f"{name}: severity {exp['severity']}")
        if got != [exp["code"]]:
            problems.append(f"{name}: labelled {exp['code']}, checks fail {got}: {c.fails}")
        if text.count(exp["value"]) != 1:
            problems.append(f"{name}: value occurs {text.count(exp['value'])} times")
            continue
        clean = texts[r["source"] + "-clean.txt"]
        p, ea, eb = edit_region(clean, text)
        if max(ea - p, eb - p) > 40 or eb < p and ea <= p:
            problems.append(f"{name}: edit region {ea - p}/{eb - p} characters")
        if ea == p and eb == p:
            problems.append(f"{name}: identical to the clean draft")
        vs = text.find(exp["value"])
        ve = vs + len(exp["value"])
        if not (p < ve and vs < max(eb, p + 1)):
            problems.append(f"{name}: edit [{p},{eb}) does not overlap value [{vs},{ve})")
    for code in CODES_A:
        if codes.get(code, 0) < 2:
            problems.append(f"code {code} used {codes.get(code, 0)} times (< 2)")
    extra = set(codes) - set(CODES_A)
    if extra:
        problems.append(f"codes outside errors.md §A: {extra}")
    if problems:
        for p_ in problems:
            print("FAIL", p_)
        sys.exit(1)
    print(f"per code: {dict(sorted(codes.items()))}")
    print("OK")


if __name__ == "__main__":
    main()
