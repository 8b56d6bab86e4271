#!/usr/bin/env python3
"""Independent re-check of the drafts495 set (standard library + decimal only).

For every case file the figures are read back from the text (regular expressions on the prose,
row rebuilding for the tables) and every identity of rules.md §7 is recomputed with the
tolerance of §8. Each failed identity is reported under its errors.md code. Then:

  * every clean draft must fail no check (and produce no score-rule warning);
  * every error case must fail its labelled code and no other error code;
  * every label value occurs exactly once in its case; the case differs from its clean draft by
    one contiguous edit of at most 40 characters which overlaps that occurrence;
  * every code of errors.md §A is used at least twice.

Prints OK on success, otherwise the problems found, and exits 1.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
LABELS = os.path.join(HERE, "labels.jsonl")

CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]

NUM = r"[\d,]+(?:\.\d+)?"
MONEY = {"万元": D(1), "元": D("0.0001"), "亿元": D(10000)}
EPS = D("1e-9")


# ----------------------------------------------------------------------------- numbers
def dec(s):
    return D(str(s).replace(",", "").strip())


def ndec(s):
    s = str(s).replace(",", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def half_unit(s):
    return D("0.5") * (D(10) ** -ndec(s))


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


class Q:
    """A stated quantity: raw number string, unit; money normalised to 万元."""

    def __init__(self, raw, unit=""):
        self.raw = raw
        self.unit = unit or ""
        scale = MONEY.get(self.unit, D(1))
        self.money = self.unit in MONEY
        self.v = dec(raw) * scale
        self.tol = half_unit(raw) * scale

    def scaled(self, f):
        q = Q.__new__(Q)
        q.raw, q.unit, q.money = self.raw, self.unit, self.money
        q.v, q.tol = self.v * f, self.tol * f
        return q

    def __repr__(self):
        return f"{self.raw}{self.unit}"


def kind(unit):
    return "money" if unit in MONEY else unit


# ----------------------------------------------------------------------------- checker
class Checker:
    def __init__(self):
        self.fails = []      # (code, message)
        self.warnings = []   # (code, message) — score-rule etc., never an error code

    def fail(self, code, msg):
        self.fails.append((code, msg))

    def warn(self, code, msg):
        self.warnings.append((code, msg))

    def codes(self):
        return sorted({c for c, _ in self.fails})

    # --- helpers with the "most specific explanation" rule for money units (errors.md #11b)
    @staticmethod
    def _rescued(test, qs):
        for i, q in enumerate(qs):
            if not q.money:
                continue
            for f in (D(10000), D("0.0001")):
                trial = list(qs)
                trial[i] = q.scaled(f)
                if test(trial):
                    return True
        return False

    def same(self, a, b, msg, code="conflicting_values"):
        """Two statements of one quantity."""
        if kind(a.unit) != kind(b.unit):
            self.fail("unit_mismatch", f"{msg}: {a!r} vs {b!r} (different units)")
            return

        def ok(qs):
            x, y = qs
            return abs(x.v - y.v) <= max(x.tol, y.tol) + EPS
        if ok([a, b]):
            return
        if self._rescued(ok, [a, b]):
            self.fail("unit_mismatch", f"{msg}: {a!r} vs {b!r} (off by 10^4)")
        else:
            self.fail(code, f"{msg}: {a!r} vs {b!r}")

    def total(self, tot, parts, msg, code="sum_mismatch"):
        """tot = Σ parts (signs allowed: parts is a list of (sign, Q))."""
        parts = [(1, p) if isinstance(p, Q) else p for p in parts]

        def ok(qs):
            t, ps = qs[0], qs[1:]
            c = sum((s * p.v for (s, _), p in zip(parts, ps)), D(0))
            return abs(c - t.v) <= t.tol + EPS
        qs = [tot] + [p for _, p in parts]
        if ok(qs):
            return
        if self._rescued(ok, qs):
            self.fail("unit_mismatch", f"{msg}: {tot!r} vs parts {[p for _, p in parts]} (off by 10^4)")
        else:
            c = sum((s * p.v for s, p in parts), D(0))
            self.fail(code, f"{msg}: stated {tot!r}, computed {c}")

    def product(self, amount, count, price, msg):
        """amount (money) = count × price (price money per unit)."""
        def ok(qs):
            a, n, p = qs
            return abs(n.v * p.v - a.v) <= a.tol + EPS
        qs = [amount, count, price]
        if ok(qs):
            return
        if self._rescued(ok, qs):
            self.fail("unit_mismatch", f"{msg}: {amount!r} ≠ {count!r}×{price!r} (off by 10^4)")
        else:
            self.fail("sum_mismatch", f"{msg}: {amount!r} ≠ {count!r}×{price!r}")

    def rate(self, stated, num, den, msg, cap=True, code="rate_mismatch"):
        """stated: '96.78', '96.78%', '100', '0', '—' or None. cap: a rate that cannot exceed 100%."""
        s = None if stated in (None, "", "—", "-") else stated.rstrip("%")
        if den.v == 0:
            if s is not None and dec(s) != 0:
                self.fail("implausible_rate", f"{msg}: {stated} on a zero base")
            return
        if s is None:
            self.fail(code, f"{msg}: no rate printed for a non-zero base")
            return

        def ok(qs):
            n, d = qs
            return abs(n.v / d.v * 100 - dec(s)) <= half_unit(s) + EPS
        if not ok([num, den]):
            if self._rescued(ok, [num, den]):
                self.fail("unit_mismatch", f"{msg}: {stated} from {num!r}/{den!r} (off by 10^4)")
            else:
                self.fail(code, f"{msg}: stated {stated}, computed {num.v / den.v * 100:.4f}%")
        elif cap and dec(s) > 100:
            self.fail("implausible_rate", f"{msg}: {stated} exceeds 100%")

    def average(self, stated, items, msg):
        c = sum((i.v for i in items), D(0)) / len(items)
        if abs(c - stated.v) > stated.tol + EPS:
            self.fail("average_mismatch", f"{msg}: stated {stated!r}, mean {c:.4f}")

    def cond(self, code, ok, msg):
        if not ok:
            self.fail(code, msg)

    # --- years (I14)
    def issued(self, year, month, y, msg):
        if not (year == y or (year == y - 1 and month == 12)):
            self.fail("year_mismatch", f"{msg}: issued {year}-{month} for evaluation year {y}")

    def carried_to(self, year, y, msg):
        if year <= y:
            self.fail("year_mismatch", f"{msg}: carried over to {year} in the {y} report")

    def same_year(self, year, y, msg):
        if year != y:
            self.fail("year_mismatch", f"{msg}: {year} ≠ evaluation year {y}")


# ----------------------------------------------------------------------------- text helpers
def one(text, pattern, what=None):
    ms = list(re.finditer(pattern, text))
    if len(ms) != 1:
        raise AssertionError(f"pattern {what or pattern!r} matched {len(ms)} times")
    return ms[0]


def every(text, pattern, what=None, least=1):
    ms = list(re.finditer(pattern, text))
    if len(ms) < least:
        raise AssertionError(f"pattern {what or pattern!r} matched {len(ms)} times")
    return ms


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORD = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
              "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


# ----------------------------------------------------------------------------- indicator rows
MEASURE = re.compile(r"(≥|≤|=|＞|＜)?\s*(" + NUM + r")\s*(.*)")


def measure(s):
    if re.search(r"\d{4}年\d{1,2}月", s):      # a date: treated as a qualitative value
        return None
    m = MEASURE.fullmatch(s.strip())
    if not m:
        return None
    sign = m.group(1) or ""
    direction = {"≥": "gte", "＞": "gte", "": "gte", "≤": "lte", "＜": "lte", "=": "eq"}[sign]
    return direction, m.group(2), m.group(3).strip()


class Row:
    def __init__(self, name, target, actual, weight, score, completion=None, unit_col=None, level=None):
        self.name, self.target, self.actual = name, target, actual
        self.weight, self.score, self.completion = weight, score, completion
        self.unit_col, self.level = unit_col, level
        t, a = measure(target) if target else None, measure(actual) if actual else None
        if unit_col is not None and t:            # Sichuan: unit in its own column
            t = (t[0], t[1], t[2] or unit_col)
        if unit_col is not None and a:
            a = (a[0], a[1], a[2] or unit_col)
        self.t, self.a = t, a

    def __repr__(self):
        return f"<{self.name}>"


def completion_of(direction, T, A):
    if direction == "lte":
        return D(100) if A <= T else T / A * 100
    if T == 0:
        return D(100) if A <= 0 else D(0)
    return A / T * 100


def expected_score(row):
    w = dec(row.weight)
    if row.t is None:
        return None
    direction, T, A = row.t[0], dec(row.t[1]), dec(row.a[1])
    if direction == "lte":
        return w if A <= T else w * T / A
    if direction == "eq" and T == 0:
        return w if A <= 0 else D(0)
    return w if A >= T else w * max(A, D(0)) / T


def check_rows(c, rows, total_score, extra=(), blocks=()):
    """extra: (weight, score, name) of rows kept outside `rows` (MOF funds block).
    blocks: (stated block weight str, [rows]) for level sums."""
    weights = [dec(r.weight) for r in rows] + [dec(w) for w, _, _ in extra]
    c.cond("weight_sum_mismatch", sum(weights, D(0)) == 100, f"weights sum to {sum(weights, D(0))}")
    for bw, brs in blocks:
        s = sum((dec(r.weight) for r in brs), D(0))
        c.cond("weight_sum_mismatch", s == dec(bw), f"block weights {s} ≠ {bw}")
    scores = []
    for r in rows:
        w, s = dec(r.weight), dec(r.score)
        scores.append(s)
        c.cond("score_exceeds_weight", D(0) <= s <= w, f"{r.name}: score {r.score} vs weight {r.weight}")
        if r.t and (r.a is None or r.a[2] != r.t[2]):
            c.fail("unit_mismatch", f"{r.name}: target {r.target} vs actual {r.actual}")
            continue
        if r.t is None:
            # qualitative: band check only as a warning (rules §5)
            if not (w * D("0.6") <= s <= w):
                c.warn("score_rule_mismatch", f"{r.name}: qualitative score {s} of {w}")
            continue
        if "满意度" in r.name and r.a[2] == "%" and dec(r.a[1]) > 100:
            c.fail("implausible_rate", f"{r.name}: satisfaction {r.actual}")
        direction, T, A = r.t[0], dec(r.t[1]), dec(r.a[1])
        comp = completion_of(direction, T, A)
        if r.completion is not None:
            cs = r.completion.rstrip("%")
            if abs(comp - dec(cs)) > half_unit(cs) + EPS:
                c.fail("completion_mismatch", f"{r.name}: stated {r.completion}, computed {comp:.4f}%")
        exp = expected_score(r)
        ok = abs(r2(exp) - s) <= half_unit(r.score) + EPS
        if not ok and r.completion is not None:      # score from the printed (rounded) rate
            cr = dec(r.completion.rstrip("%"))
            alt = w * min(cr, D(100)) / 100
            ok = abs(r2(alt) - s) <= half_unit(r.score) + EPS
        if not ok:
            c.warn("score_rule_mismatch", f"{r.name}: score {s}, rule gives {r2(exp)}")
    for w, s, name in extra:
        c.cond("score_exceeds_weight", D(0) <= dec(s) <= dec(w), f"{name}: score {s} vs weight {w}")
        scores.append(dec(s))
    tot = sum(scores, D(0))
    c.cond("score_sum_mismatch", abs(tot - dec(total_score)) <= half_unit(total_score) + EPS,
           f"scores sum to {tot}, stated total {total_score}")


def m_money(m, i):
    return Q(m.group(i), m.group(i + 1))


# ----------------------------------------------------------------------------- layouts
def cell_rows(text):
    """One cell a line (Word copy): tab-indented cells, an empty line between rows."""
    rows, cur = [], []
    for line in text.split("\n"):
        if line.startswith("\t"):
            cur.append(line[1:].strip())
        elif line == "":
            if cur:
                rows.append(cur)
            cur = []
        else:
            if cur:
                rows.append(cur)
            cur = []
    if cur:
        rows.append(cur)
    return rows


def tab_rows(text):
    return [line.split("\t") for line in text.split("\n") if "\t" in line]


SIGNS = {"≥", "≤", "=", "＞", "＜"}


# ============================================================================= A Shanxi 2021
def check_hunyuan(text):
    c = Checker()
    Y = int(one(text, r"浑源县畜牧兽医发展中心(\d{4})年度").group(1))
    c.same_year(int(one(text, r"浑源县(\d{4})年畜牧业发展计划").group(1)), Y, "plan year")
    c.same_year(int(one(text, r"1年（(\d{4})年1月至12月）").group(1)), Y, "implementation period")
    c.same_year(int(one(text, r"浑源县(\d{4})年畜禽良种补贴项目绩效自评总得分").group(1)), Y, "result year")
    rows = cell_rows(text)
    funds = {}
    for r in rows:
        if len(r) >= 10 and re.fullmatch(r"\((\d)\).*", r[1]):
            funds[int(r[1][1])] = r[2:10]
    assert sorted(funds) == [1, 2, 3, 4, 5, 6, 7], sorted(funds)
    cols = ["年度总金额", "小计", "中央级", "省级", "市级", "县区级", "上年结转", "其他"]

    def money(cell):
        return Q(cell or "0", "万元")
    F = {k: [money(x) for x in v] for k, v in funds.items() if k <= 5}
    for k in (1, 2, 3, 4, 5):
        v = F[k]
        c.total(v[0], [v[1], v[6], v[7]], f"({k}) 总额 = 小计 + 结转 + 其他")
        c.total(v[1], [v[2], v[3], v[4], v[5]], f"({k}) 小计 = 中央 + 省 + 市 + 县")
    for j, name in enumerate(cols):
        c.total(F[5][j], [F[3][j], (-1, F[4][j])], f"(5)=(3)-(4) {name}", code="balance_mismatch")
        c.rate(funds[6][j], F[3][j], F[2][j], f"(6)=(3)/(2) {name}")
        c.rate(funds[7][j], F[4][j], F[2][j], f"(7)=(4)/(2) {name}")

    # indicator table (附件1)
    att = text[text.index("附件1"):]
    ind = [r for r in cell_rows(att) if len(r) == 9 and r[0] != "一级指标"]
    total_row = [r for r in ind if r[0] == "合计"][0]
    irows = [Row(r[2], r[4], r[5], r[3], r[7], completion=r[6]) for r in ind if r[0] != "合计"]
    c.cond("weight_sum_mismatch", dec(total_row[3]) == 100, "total weight cell")
    check_rows(c, irows, total_row[7])
    R = {r.name: r for r in irows}
    ex = R["预算执行率"]
    c.rate(ex.actual, F[4][0], F[2][0], "执行率 row actual")

    # prose
    m = one(text, r"(\d{4})年(\d{1,2})月，省财政提前下达我县(\d{4})年畜禽良种补贴资金(" + NUM + r")(万元|元|亿元)")
    c.issued(int(m.group(1)), int(m.group(2)), Y, "province advance")
    c.same_year(int(m.group(3)), Y, "advance budget year")
    c.same(m_money(m, 4), F[2][3], "province funds")
    m = one(text, r"县财政年初安排配套资金(" + NUM + r")(万元|元|亿元)，年中追加(" + NUM + r")(万元|元|亿元)")
    c.same(m_money(m, 1), F[1][5], "county initial")
    c.total(F[2][5], [m_money(m, 1), m_money(m, 3)], "county annual = initial + added")
    c.same(m_money(one(text, r"全年预算资金(" + NUM + r")(万元|元|亿元)"), 1), F[2][0], "annual budget")
    m = one(text, r"实际到位(" + NUM + r")(万元|元|亿元)")
    c.same(m_money(m, 1), F[3][0], "received")
    m = one(text, r"截至(\d{4})年12月31日，累计支出(" + NUM + r")(万元|元|亿元)，预算执行率(" + NUM + r")%，资金结余(" + NUM + r")(万元|元|亿元)")
    c.same_year(int(m.group(1)), Y, "截至")
    spent, bal = m_money(m, 2), m_money(m, 5)
    c.same(spent, F[4][0], "spent")
    c.rate(m.group(4), spent, F[2][0], "prose execution rate")
    c.total(bal, [F[3][0], (-1, spent)], "prose balance", code="balance_mismatch")
    c.same(bal, F[5][0], "balance prose vs table")
    m = one(text, r"其中省级资金支出(" + NUM + r")(万元|元|亿元)，执行率(" + NUM + r")%")
    pspent = m_money(m, 1)
    c.same(pspent, F[4][3], "province spent")
    c.rate(m.group(3), pspent, F[2][3], "province execution rate")
    parts = []
    prices = one(text, r"奶牛冻精每剂(\d+)元，肉牛冻精每剂(\d+)元，生猪良种补贴每头能繁母猪(\d+)元")
    for i, (label, unit) in enumerate([("奶牛冻精补贴", "剂"), ("肉牛冻精补贴", "剂"), ("生猪良种补贴", "头")]):
        m = one(text, label + r"(" + NUM + r")(万元|元|亿元)（(" + NUM + r")" + unit + r"×(\d+)元/" + unit + "）")
        amt, n, p = m_money(m, 1), Q(m.group(3), unit), Q(m.group(4), "元")
        c.product(amt, n, p, label)
        c.same(p, Q(prices.group(i + 1), "元"), label + " standard")
        parts.append(amt)
        if label == "奶牛冻精补贴":
            c.same(n, Q(R["奶牛冻精补贴数量"].a[1], "剂"), "dairy doses prose vs table")
            c.same(Q(p.raw, "元/剂"), Q(R["奶牛冻精补贴标准"].a[1], R["奶牛冻精补贴标准"].a[2]), "dairy price vs table")
        if label == "生猪良种补贴":
            c.same(n, Q(R["生猪良种补贴能繁母猪数"].a[1], "头"), "pig heads prose vs table")
    c.total(pspent, parts, "province spent = dairy + beef + pig")
    m = one(text, r"县级资金支出(" + NUM + r")(万元|元|亿元)")
    c.same(m_money(m, 1), F[4][5], "county spent")
    m = one(text, r"全年完成肉牛冷配改良(" + NUM + r")头，")
    c.same(Q(m.group(1), "头"), Q(R["肉牛冷配改良头数"].a[1], R["肉牛冷配改良头数"].a[2]), "beef improved")
    m = one(text, r"生猪良种补贴能繁母猪(" + NUM + r")头，较计划少(" + NUM + r")头")
    c.same(Q(m.group(1), "头"), Q(R["生猪良种补贴能繁母猪数"].a[1], R["生猪良种补贴能繁母猪数"].a[2]), "pig heads")
    c.total(Q(R["生猪良种补贴能繁母猪数"].t[1], "头"), [Q(m.group(1), "头"), Q(m.group(2), "头")], "plan = actual + shortfall")
    m = one(text, r"改良犊牛每头增收(\d+)元")
    c.same(Q(m.group(1), "元"), Q(R["改良犊牛每头增收"].a[1], R["改良犊牛每头增收"].a[2]), "calf income")
    m = one(text, r"情期受胎率分别为(" + NUM + r")%、(" + NUM + r")%、(" + NUM + r")%，平均(" + NUM + r")%")
    c.average(Q(m.group(4), "%"), [Q(m.group(i), "%") for i in (1, 2, 3)], "station average")
    m = one(text, r"全县奶牛情期受胎率(" + NUM + r")%（(\d{4})年为(" + NUM + r")%）")
    c.same(Q(m.group(1), "%"), Q(R["奶牛情期受胎率"].a[1], "%"), "conception rate")
    c.same_year(int(m.group(2)), Y - 1, "last-year comparison")
    m = one(text, r"畜禽良种覆盖率(" + NUM + r")%")
    c.same(Q(m.group(1), "%"), Q(R["全县畜禽良种覆盖率"].a[1], "%"), "coverage")
    m = one(text, r"养殖户满意度(" + NUM + r")%")
    c.same(Q(m.group(1), "%"), Q(R["养殖户满意度"].a[1], R["养殖户满意度"].a[2]), "satisfaction")
    c.cond("implausible_rate", dec(m.group(1)) <= 100, "satisfaction > 100%")
    m = one(text, r"能繁母猪补贴数量完成(" + NUM + r")%")
    pr = R["生猪良种补贴能繁母猪数"]
    comp = completion_of(pr.t[0], dec(pr.t[1]), dec(pr.a[1]))
    c.cond("completion_mismatch", abs(comp - dec(m.group(1))) <= half_unit(m.group(1)) + EPS, "prose pig completion")
    m = one(text, r"补贴奶牛冻精(\d+)剂，完成肉牛冷配改良(\d+)头以上，对(\d+)头以上能繁母猪")
    for i, nm in enumerate(["奶牛冻精补贴数量", "肉牛冷配改良头数", "生猪良种补贴能繁母猪数"]):
        c.same(Q(m.group(i + 1), R[nm].t[2]), Q(R[nm].t[1], R[nm].t[2]), "goal target " + nm)
    m = one(text, r"冻精质量合格率不低于(\d+)%，奶牛情期受胎率不低于(\d+)%，全县畜禽良种覆盖率达到(\d+)%以上，养殖户满意度不低于(\d+)%")
    for i, nm in enumerate(["冻精质量合格率", "奶牛情期受胎率", "全县畜禽良种覆盖率", "养殖户满意度"]):
        c.same(Q(m.group(i + 1), "%"), Q(R[nm].t[1], R[nm].t[2]), "goal target " + nm)
    m = one(text, r"总得分(" + NUM + r")分，属于\"(\S+?)\"")
    c.same(Q(m.group(1), "分"), Q(total_row[7], "分"), "total prose vs table")
    for tot in (m.group(1), total_row[7]):
        c.cond("grade_mismatch", GRADE_WORD[m.group(2)] == grade_of(dec(tot)), f"grade {m.group(2)} for {tot}")
    return c


# ============================================================================= MOF funds block (B, E)
def mof_funds(text, c):
    F = {}
    for r in tab_rows(text):
        if len(r) == 8 and r[1] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            F[r[1]] = r
    assert len(F) == 4, F.keys()
    names = list(F)
    tot, parts = F["年度资金总额"], [F[n] for n in names[1:]]
    for j, col in ((2, "年初预算数"), (3, "全年预算数"), (4, "全年执行数")):
        c.total(Q(tot[j], "万元"), [Q(p[j], "万元") for p in parts], f"{col}: 总额 = Σ 其中")
    for n in names:
        r = F[n]
        c.rate(r[6], Q(r[4], "万元"), Q(r[3], "万元"), f"{n} 执行率")
    return F


# ============================================================================= B Guizhou 2019
def check_guanling(text):
    c = Checker()
    Y = int(one(text, r"(\d{4})年度关岭牛种公牛站建设项目支出绩效自评报告").group(1))
    c.same_year(int(one(text, r"（(\d{4})年度）").group(1)), Y, "table year")
    F = mof_funds(text, c)
    tot = F["年度资金总额"]
    annual, spent = Q(tot[3], "万元"), Q(tot[4], "万元")
    ind = [r for r in tab_rows(text) if len(r) == 8 and r[1] not in F and r[0] != "一级指标"
           and r[0] != "项目资金（万元）"]
    total_row = [r for r in ind if r[0] == "总分"][0]
    irows = [Row(r[2], r[3], r[4], r[5], r[6]) for r in ind if r[0] != "总分"]
    c.cond("weight_sum_mismatch", dec(total_row[5]) == 100, "total weight cell")
    check_rows(c, irows, total_row[6], extra=[(tot[5], tot[7], "预算执行")])
    exp = r2(dec(tot[5]) * min(spent.v / annual.v, D(1)))
    if abs(exp - dec(tot[7])) > half_unit(tot[7]) + EPS:
        c.warn("score_rule_mismatch", f"execution score {tot[7]} vs {exp}")
    R = {r.name: r for r in irows}

    m = one(text, r"项目全年预算资金(" + NUM + r")(万元|元|亿元)")
    c.same(m_money(m, 1), annual, "annual budget")
    m = one(text, r"当年财政拨款(" + NUM + r")(万元|元|亿元)（省级补助资金(" + NUM + r")(万元|元|亿元)、县级配套资金(" + NUM + r")(万元|元|亿元)）")
    cur, prov = m_money(m, 1), m_money(m, 3)
    c.same(cur, Q(F["其中：当年财政拨款"][3], "万元"), "current appropriation")
    c.total(cur, [prov, m_money(m, 5)], "current = province + county")
    m = one(text, r"上年结转资金(" + NUM + r")(万元|元|亿元)。")
    c.same(m_money(m, 1), Q(F["上年结转资金"][3], "万元"), "carry-over in")
    m = one(text, r"(\d{4})年(\d{1,2})月提前下达(" + NUM + r")(万元|元|亿元)，(\d{4})年(\d{1,2})月下达(" + NUM + r")(万元|元|亿元)")
    c.issued(int(m.group(1)), int(m.group(2)), Y, "advance")
    c.issued(int(m.group(5)), int(m.group(6)), Y, "second batch")
    c.total(prov, [m_money(m, 3), m_money(m, 7)], "province = two batches")
    m = one(text, r"资金全部到位，到位率(" + NUM + r")%")
    c.rate(m.group(1), annual, annual, "到位率 (all received)")
    m = one(text, r"截至(\d{4})年12月31日，项目累计支出(" + NUM + r")(万元|元|亿元)，预算执行率(" + NUM + r")%")
    c.same_year(int(m.group(1)), Y, "截至")
    c.same(m_money(m, 2), spent, "spent")
    c.rate(m.group(4), spent, annual, "prose execution rate")
    c.same(Q(m.group(4), "%"), Q(tot[6].rstrip("%"), "%"), "rate prose vs table")
    m = one(text, r"土建工程(" + NUM + r")(万元|元|亿元)，冻精生产线、液氮罐等设备购置(" + NUM + r")(万元|元|亿元)，种公牛引进(" + NUM + r")(万元|元|亿元)（(\d+)头，每头(" + NUM + r")(万元|元|亿元)），设计、监理等其他费用(" + NUM + r")(万元|元|亿元)")
    bull = m_money(m, 5)
    c.total(spent, [m_money(m, 1), m_money(m, 3), bull, m_money(m, 10)], "spent = Σ items")
    c.product(bull, Q(m.group(7), "头"), m_money(m, 8), "bulls × unit price")
    c.same(Q(m.group(7), "头"), Q(R["引进关岭牛种公牛"].a[1], R["引进关岭牛种公牛"].a[2]), "bulls prose vs table")
    pa = R["种公牛引进单价"].a
    c.same(Q(m.group(8), m.group(9) + "/头"), Q(pa[1], pa[2]), "unit price prose vs table")
    m = one(text, r"未支出的(" + NUM + r")(万元|元|亿元)为工程质量保证金，结转至(\d{4})年")
    c.total(m_money(m, 1), [annual, (-1, spent)], "unspent = annual (all received) − spent", code="balance_mismatch")
    c.carried_to(int(m.group(3)), Y, "carry-over out")
    m = one(text, r"新建种公牛舍(" + NUM + r")平方米")
    c.same(Q(m.group(1), "平方米"), Q(R["新建种公牛舍面积"].a[1], R["新建种公牛舍面积"].a[2]), "barn area")
    for m in every(text, r"全年生产冻精(" + NUM + r")剂", least=2):
        c.same(Q(m.group(1), "剂"), Q(R["生产关岭牛冻精"].a[1], R["生产关岭牛冻精"].a[2]), "semen produced")
    m = one(text, r"全年生产冻精(" + NUM + r")剂，完成年度目标的(" + NUM + r")%")
    r = R["生产关岭牛冻精"]
    comp = completion_of(r.t[0], dec(r.t[1]), dec(m.group(1)))
    c.cond("completion_mismatch", abs(comp - dec(m.group(2))) <= half_unit(m.group(2)) + EPS, "prose completion")
    m = one(text, r"冻精质量检测合格率(" + NUM + r")%")
    c.same(Q(m.group(1), "%"), Q(R["冻精质量检测合格率"].a[1], "%"), "quality")
    for m in every(text, r"(\d{4})年(\d{1,2})月(\d{1,2})日(?:完成)?竣工验收", least=2):
        c.same(Q(m.group(1) + m.group(2).zfill(2) + m.group(3).zfill(2), "日期"),
               Q(re.sub(r"\D", "", R["项目建设完成时间"].actual), "日期"), "completion date prose vs table")
        c.same_year(int(m.group(1)), Y, "completion date")
    c.same_year(int(one(text, r"经测算，(\d{4})年带动养殖户").group(1)), Y, "benefit year")
    for m in every(text, r"年生产冻精(\d+)剂以上", least=2):
        c.same(Q(m.group(1), "剂"), Q(R["生产关岭牛冻精"].t[1], "剂"), "semen target")
    for m in every(text, r"(?:引进|选购)(?:关岭牛)?种公牛(\d+)头", least=3):
        c.same(Q(m.group(1), "头"), Q(R["引进关岭牛种公牛"].t[1], "头"), "bulls (goal = actual = 12)")
    m = one(text, r"改良犊牛增收(\d+)万元；")
    c.same(Q(m.group(1), "万元"), Q(R["带动养殖户出售改良犊牛增收"].a[1], R["带动养殖户出售改良犊牛增收"].a[2]), "income")
    for m in every(text, r"冷配改良覆盖(\d+)个乡镇", least=2):
        c.same(Q(m.group(1), "个"), Q(R["冷配改良覆盖乡镇数"].a[1], "个"), "townships")
    m = one(text, r"体重分别为(\d+)公斤、(\d+)公斤、(\d+)公斤，平均(" + NUM + r")公斤")
    c.average(Q(m.group(4), "公斤"), [Q(m.group(i), "公斤") for i in (1, 2, 3)], "calf weight average")
    m = one(text, r"新建种公牛舍不少于(\d+)平方米，引进关岭牛种公牛(\d+)头，年生产冻精(\d+)剂以上，冻精质量检测合格率不低于(\d+)%")
    for i, nm in enumerate(["新建种公牛舍面积", "引进关岭牛种公牛", "生产关岭牛冻精", "冻精质量检测合格率"]):
        c.same(Q(m.group(i + 1), R[nm].t[2]), Q(R[nm].t[1], R[nm].t[2]), "goal " + nm)
    m = one(text, r"增收(\d+)万元以上，冷配改良覆盖(\d+)个以上乡镇，养殖户满意度不低于(\d+)%")
    for i, nm in enumerate(["带动养殖户出售改良犊牛增收", "冷配改良覆盖乡镇数", "养殖户满意度"]):
        c.same(Q(m.group(i + 1), R[nm].t[2]), Q(R[nm].t[1], R[nm].t[2]), "goal " + nm)
    m = one(text, r"自评得分在(\d+)分（含）以上，评价等级为“(.)”")
    c.cond("conflicting_values", dec(total_row[6]) >= dec(m.group(1)), "total vs '90分以上'")
    c.cond("grade_mismatch", GRADE_WORD[m.group(2)] == grade_of(dec(total_row[6])), f"grade {m.group(2)}")
    return c


# ============================================================================= C Sichuan 2023 (department)
def split_sp(line):
    return [x for x in re.split(r" {2,}", line.strip()) if x]


def check_longchang(text):
    c = Checker()
    Y = int(one(text, r"(\d{4})年度部门整体支出绩效自评报告").group(1))
    c.same_year(int(one(text, r"(\d{4})年度部门整体支出绩效自评表").group(1)), Y, "table year")
    tasks = {}
    for line in text.split("\n"):
        m = re.fullmatch(r"(?:年度主要任务)?\s*(\S+)\s{2,}(\d+\.\d{2})\s{2,}(\d+\.\d{2})\s*", line)
        if m:
            tasks[m.group(1)] = (Q(m.group(2), "万元"), Q(m.group(3), "万元"))
    tb, te = tasks.pop("金额合计")
    assert len(tasks) == 4, tasks
    c.total(tb, [v[0] for v in tasks.values()], "task budgets")
    c.total(te, [v[1] for v in tasks.values()], "task execution")
    irows, total = [], None
    for line in text.split("\n"):
        cells = split_sp(line)
        if cells and cells[0] == "总分":
            total = cells
        idx = [i for i, x in enumerate(cells) if x in SIGNS]
        if len(idx) != 1:
            continue
        i = idx[0]
        name, (val, unit, act, w, s) = cells[i - 1], cells[i + 1:i + 6]
        irows.append(Row(name, cells[i] + val, act, w, s, unit_col=unit))
    assert total and len(irows) == 12, (total, len(irows))
    c.cond("weight_sum_mismatch", dec(total[1]) == 100, "total weight cell")
    check_rows(c, irows, total[2])
    R = {r.name: r for r in irows}
    c.rate(R["预算执行率"].actual, te, tb, "执行率 row")

    m = one(text, r"(\d{4})年年初预算(" + NUM + r")(万元|元|亿元)，其中财政拨款(" + NUM + r")(万元|元|亿元)、单位资金（精液销售收入）(" + NUM + r")(万元|元|亿元)")
    c.same_year(int(m.group(1)), Y, "budget year")
    init, finit, uinit = m_money(m, 2), m_money(m, 4), m_money(m, 6)
    c.total(init, [finit, uinit], "initial = fiscal + unit")
    m = one(text, r"年中追加生猪良种补贴资金(" + NUM + r")(万元|元|亿元)，全年预算(" + NUM + r")(万元|元|亿元)（财政拨款(" + NUM + r")(万元|元|亿元)、单位资金(" + NUM + r")(万元|元|亿元)）")
    add, annual, fa, ua = m_money(m, 1), m_money(m, 3), m_money(m, 5), m_money(m, 7)
    c.total(annual, [init, add], "annual = initial + added")
    c.total(fa, [finit, add], "fiscal annual = fiscal initial + added")
    c.total(annual, [fa, ua], "annual = fiscal + unit")
    c.same(ua, uinit, "unit funds unchanged")
    c.same(annual, tb, "annual vs table")
    c.same(add, tasks["生猪良种补贴精液配送"][0], "added = subsidy task budget")
    m = one(text, r"(\d{4})年实际支出(" + NUM + r")(万元|元|亿元)，预算执行率(" + NUM + r")%")
    c.same_year(int(m.group(1)), Y, "spending year")
    spent = m_money(m, 2)
    c.same(spent, te, "spent vs table")
    c.rate(m.group(4), spent, annual, "prose execution rate")
    c.same(Q(m.group(4), "%"), Q(R["预算执行率"].actual, "%"), "rate prose vs table")
    m = one(text, r"预算执行率高于(\d+)%")
    c.cond("conflicting_values", spent.v / annual.v * 100 > dec(m.group(1)), "'执行率高于90%'")
    m = one(text, r"财政拨款支出(" + NUM + r")(万元|元|亿元)，执行率(" + NUM + r")%；单位资金支出(" + NUM + r")(万元|元|亿元)，执行率(" + NUM + r")%")
    fs, us = m_money(m, 1), m_money(m, 4)
    c.rate(m.group(3), fs, fa, "fiscal execution rate")
    c.rate(m.group(6), us, ua, "unit-funds execution rate")
    c.total(spent, [fs, us], "spent = fiscal + unit")
    m = one(text, r"未执行(" + NUM + r")(万元|元|亿元)，其中财政拨款(" + NUM + r")(万元|元|亿元)已结转至(\d{4})年[^，。]*，单位资金(" + NUM + r")(万元|元|亿元)结余留用")
    un, fu, uu = m_money(m, 1), m_money(m, 3), m_money(m, 6)
    c.total(un, [annual, (-1, spent)], "unspent total", code="balance_mismatch")
    c.total(fu, [fa, (-1, fs)], "unspent fiscal", code="balance_mismatch")
    c.total(uu, [ua, (-1, us)], "unspent unit funds", code="balance_mismatch")
    c.total(un, [fu, uu], "unspent = fiscal + unit")
    c.carried_to(int(m.group(5)), Y, "carry-over out")
    m = one(text, r"人员及机构运转支出(" + NUM + r")(万元|元|亿元)，隆昌猪保种支出(" + NUM + r")(万元|元|亿元)，种公猪站运营及精液生产支出(" + NUM + r")(万元|元|亿元)，生猪良种补贴支出(" + NUM + r")(万元|元|亿元)（(" + NUM + r")份×(\d+)元/份）")
    parts = [m_money(m, i) for i in (1, 3, 5, 7)]
    for p, key in zip(parts, ["人员及机构运转", "隆昌猪保种", "种公猪站运营及精液生产", "生猪良种补贴精液配送"]):
        c.same(p, tasks[key][1], "task " + key)
    c.total(spent, parts, "spent = Σ tasks (prose)")
    c.product(parts[3], Q(m.group(9), "份"), Q(m.group(10), "元"), "subsidy = doses × price")
    c.same(Q(m.group(9), "份"), Q(R["生猪良种补贴精液份数"].a[1], "份"), "subsidised doses vs table")
    c.same(Q(m.group(10), "元/份"), Q(R["精液补贴标准"].a[1], R["精液补贴标准"].a[2]), "price vs table")
    m = one(text, r"全年供应种公猪精液(" + NUM + r")份")
    c.same(Q(m.group(1), "份"), Q(R["供应种公猪精液"].a[1], R["供应种公猪精液"].a[2]), "semen supplied")
    m = one(text, r"保种公猪(\d+)个血统")
    c.same(Q(m.group(1), "个"), Q(R["保种公猪血统数"].a[1], R["保种公猪血统数"].a[2]), "bloodlines")
    m = one(text, r"精液质量抽检合格率(" + NUM + r")%")
    c.same(Q(m.group(1), "%"), Q(R["精液质量抽检合格率"].a[1], R["精液质量抽检合格率"].a[2]), "quality")
    m = one(text, r"精液销售收入(" + NUM + r")(万元|元|亿元)；")
    c.same(m_money(m, 1), Q(R["精液销售收入"].a[1], R["精液销售收入"].a[2]), "sales income")
    m = one(text, r"人工授精覆盖率达到(" + NUM + r")%")
    c.same(Q(m.group(1), "%"), Q(R["生猪人工授精覆盖率"].a[1], R["生猪人工授精覆盖率"].a[2]), "AI coverage")
    c.same_year(int(one(text, r"本单位(\d{4})年实施的").group(1)), Y, "project year")
    c.same_year(int(one(text, r"我场(\d{4})年度部门整体支出").group(1)), Y, "conclusion year")
    m = one(text, r"自评得分分别为(" + NUM + r")分、(" + NUM + r")分、(" + NUM + r")分，平均(" + NUM + r")分")
    c.average(Q(m.group(4), "分"), [Q(m.group(i), "分") for i in (1, 2, 3)], "project score average")
    m = one(text, r"部门整体支出绩效自评得分(" + NUM + r")分，评价等级为“(.)”")
    c.same(Q(m.group(1), "分"), Q(total[2], "分"), "total prose vs table")
    for tot in (m.group(1), total[2]):
        c.cond("grade_mismatch", GRADE_WORD[m.group(2)] == grade_of(dec(tot)), f"grade {m.group(2)} for {tot}")
    return c


# ============================================================================= D Hubei 2020
def check_suixian(text):
    c = Checker()
    Y = int(one(text, r"随县畜牧兽医局(\d{4})年度").group(1))
    att = text[text.index("附表"):]
    lines = [l.split("\t") for l in att.split("\n") if l.strip()]
    rows, blocks, cur, total = [], [], None, None
    for r in lines:
        if len(r) == 1:
            m = re.match(r"目标\d：.*（(\d+)分）", r[0])
            if m:
                cur = (m.group(1), [])
                blocks.append(cur)
            continue
        if r[0] == "一级指标":
            continue
        if r[0] == "合计":
            total = r
            continue
        row = Row(r[2], r[3], r[4], r[6], r[7], completion=r[5])
        rows.append(row)
        if cur is not None:
            cur[1].append(row)
    assert total and len(rows) == 9 and len(blocks) == 2, (len(rows), len(blocks))
    c.cond("weight_sum_mismatch", dec(total[6]) == 100, "total weight cell")
    check_rows(c, rows, total[7], blocks=blocks)
    R = {r.name: r for r in rows}

    c.same_year(int(one(text, r"(\d{4})年我局实施").group(1)), Y, "overview year")
    c.same_year(int(one(text, r"随县(\d{4})年度生猪良种补贴及种公猪站建设项目绩效自评表").group(1)), Y, "table year")
    c.same(Q(one(text, r"引进优质种公猪(\d+)头以上").group(1), "头"), Q(R["引进种公猪"].t[1], "头"), "overview target")
    c.same(Q(one(text, r"通过(\d+)个人工授精服务站").group(1), "个"),
           Q(one(text, r"(\d+)个人工授精服务站全年").group(1), "个"), "number of stations")
    m = one(text, r"(\d{4})年年初预算(" + NUM + r")万元（中央提前下达资金(" + NUM + r")万元、县级配套资金(" + NUM + r")万元），(\d{1,2})月省级追加(" + NUM + r")万元，全年预算(" + NUM + r")万元")
    c.same_year(int(m.group(1)), Y, "budget year")
    init, cen, cty, prov, annual = (Q(m.group(i), "万元") for i in (2, 3, 4, 6, 7))
    c.total(init, [cen, cty], "initial = central + county")
    c.total(annual, [init, prov], "annual = initial + province")
    m = one(text, r"截至(\d{4})年12月31日，实际到位资金(" + NUM + r")万元，到位率(" + NUM + r")%，其中中央资金、省级资金到位率均为(\d+)%，县级配套资金到位(" + NUM + r")万元，到位率(\d+)%")
    c.same_year(int(m.group(1)), Y, "截至")
    rec, crec = Q(m.group(2), "万元"), Q(m.group(5), "万元")
    c.rate(m.group(3), rec, annual, "到位率")
    c.rate(m.group(6), crec, cty, "county 到位率")
    # 中央/省 100% → received in full: received = central + province + county received
    c.total(rec, [cen.scaled(dec(m.group(4)) / 100), prov.scaled(dec(m.group(4)) / 100), crec],
            "received = central + province + county received")
    m = one(text, r"实际支出(" + NUM + r")万元，预算执行率(" + NUM + r")%，结余(" + NUM + r")万元，结转至(\d{4})年")
    spent = Q(m.group(1), "万元")
    c.rate(m.group(2), spent, annual, "execution rate")
    c.same(Q(m.group(2), "%"), Q(R["预算执行率"].a[1], "%"), "rate prose vs table")
    c.rate(R["预算执行率"].actual, spent, annual, "table execution rate")
    c.total(Q(m.group(3), "万元"), [rec, (-1, spent)], "结余 = 到位 − 支出", code="balance_mismatch")
    c.carried_to(int(m.group(4)), Y, "carry-over")
    m = one(text, r"生猪良种补贴(" + NUM + r")万元（(" + NUM + r")头×(\d+)元/头）")
    pig = Q(m.group(1), "万元")
    c.product(pig, Q(m.group(2), "头"), Q(m.group(3), "元"), "pig subsidy")
    c.same(Q(m.group(2), "头"), Q(R["补贴能繁母猪头数"].a[1], "头"), "heads vs table")
    c.same(Q(m.group(3), "元/头"), Q(R["补贴标准"].a[1], R["补贴标准"].a[2]), "standard vs table")
    c.same(Q(one(text, r"能繁母猪每头补贴(\d+)元").group(1), "元/头"), Q(R["补贴标准"].t[1], R["补贴标准"].t[2]), "standard")
    m = one(text, r"种公猪站建设(" + NUM + r")万元，其中引进种公猪(" + NUM + r")万元（(\d+)头×(\d+)元/头），精液检测及储运设备(" + NUM + r")万元")
    st, boars = Q(m.group(1), "万元"), Q(m.group(2), "万元")
    c.total(spent, [pig, st], "spent = pig subsidy + station")
    c.total(st, [boars, Q(m.group(5), "万元")], "station = boars + equipment")
    c.product(boars, Q(m.group(3), "头"), Q(m.group(4), "元"), "boars")
    c.same(Q(m.group(3), "头"), Q(R["引进种公猪"].a[1], "头"), "boars vs table")
    m = one(text, r"引进种公猪(\d+)头。")
    c.same(Q(m.group(1), "头"), Q(R["引进种公猪"].a[1], "头"), "boars prose")
    m = one(text, r"全年补贴能繁母猪(" + NUM + r")头，完成目标的(" + NUM + r")%")
    r = R["补贴能繁母猪头数"]
    c.same(Q(m.group(1), "头"), Q(r.a[1], "头"), "heads")
    comp = completion_of(r.t[0], dec(r.t[1]), dec(m.group(1)))
    c.cond("completion_mismatch", abs(comp - dec(m.group(2))) <= half_unit(m.group(2)) + EPS, "prose completion")
    c.same(Q(m.group(2), "%"), Q(r.completion.rstrip("%"), "%"), "completion prose vs table")
    m = one(text, r"全县生猪良种覆盖率(" + NUM + r")%")
    c.same(Q(m.group(1), "%"), Q(R["生猪良种覆盖率"].a[1], "%"), "coverage")
    m = one(text, r"实际工期(\d+)天")
    c.same(Q(m.group(1), "天"), Q(R["种公猪站建设工期"].a[1], R["种公猪站建设工期"].a[2]), "duration")
    m = one(text, r"分别供应精液(" + NUM + r")份、(" + NUM + r")份、(" + NUM + r")份、(" + NUM + r")份，合计(" + NUM + r")份")
    c.total(Q(m.group(5), "份"), [Q(m.group(i), "份") for i in (1, 2, 3, 4)], "stations sum")
    c.same(Q(m.group(5), "份"), Q(R["年供应精液"].a[1], "份"), "semen vs table")
    m = one(text, r"精液检测合格率(" + NUM + r")%")
    c.same(Q(m.group(1), "%"), Q(R["精液检测合格率"].a[1], "%"), "semen quality")
    m = one(text, r"得分(" + NUM + r")分；")
    c.same(Q(m.group(1), "分"), Q(R["预算执行率"].score, "分"), "execution score prose vs table")
    m = one(text, r"预算执行率指标分值(\d+)分")
    c.same(Q(m.group(1), "分"), Q(R["预算执行率"].weight, "分"), "execution weight prose vs table")
    m = one(text, r"其余(\d+)分按年度目标")
    c.total(Q(m.group(1), "分"), [Q(bw, "分") for bw, _ in blocks], "80 = Σ goal blocks", code="weight_sum_mismatch")
    m = one(text, r"补贴能繁母猪(\d+)头以上，补贴标准每头(\d+)元，生猪良种覆盖率达到(\d+)%以上，受补养殖户满意度不低于(\d+)%")
    for i, nm in enumerate(["补贴能繁母猪头数", "补贴标准", "生猪良种覆盖率", "受补养殖户满意度"]):
        c.same(Q(m.group(i + 1), R[nm].t[2]), Q(R[nm].t[1], R[nm].t[2]), "goal " + nm)
    m = one(text, r"引进种公猪(\d+)头以上，年供应精液(\d+)份以上，种公猪站建设工期控制在(\d+)天以内，精液检测合格率不低于(\d+)%")
    for i, nm in enumerate(["引进种公猪", "年供应精液", "种公猪站建设工期", "精液检测合格率"]):
        c.same(Q(m.group(i + 1), R[nm].t[2]), Q(R[nm].t[1], R[nm].t[2]), "goal " + nm)
    m = one(text, r"综合评价等级为“(.)”")
    c.cond("grade_mismatch", GRADE_WORD[m.group(1)] == grade_of(dec(total[7])), f"grade {m.group(1)}")
    return c


# ============================================================================= E Inner Mongolia 2025
def check_balinyouqi(text):
    c = Checker()
    Y = int(one(text, r"巴林右旗(\d{4})年度肉牛良种补贴项目绩效自评报告").group(1))
    c.same_year(int(one(text, r"（(\d{4})年度）").group(1)), Y, "table year")
    F = mof_funds(text, c)
    tot = F["年度资金总额"]
    annual, spent = Q(tot[3], "万元"), Q(tot[4], "万元")
    ind = [r for r in tab_rows(text) if len(r) == 9 and r[0] != "一级指标"]
    total_row = [r for r in ind if r[0] == "总分"][0]
    irows = [Row(r[2], r[3], r[4], r[6], r[7], completion=r[5]) for r in ind if r[0] != "总分"]
    c.cond("weight_sum_mismatch", dec(total_row[6]) == 100, "total weight cell")
    check_rows(c, irows, total_row[7], extra=[(tot[5], tot[7], "预算执行")])
    exp = r2(dec(tot[5]) * min(spent.v / annual.v, D(1)))
    if abs(exp - dec(tot[7])) > half_unit(tot[7]) + EPS:
        c.warn("score_rule_mismatch", f"execution score {tot[7]} vs {exp}")
    R = {r.name: r for r in irows}

    m = one(text, r"(\d{4})年全年预算(" + NUM + r")万元，其中：自治区财政当年下达(" + NUM + r")万元（(\d{4})年(\d{1,2})月提前下达(" + NUM + r")万元、(\d{4})年(\d{1,2})月下达(" + NUM + r")万元），上年结转资金(" + NUM + r")万元")
    c.same_year(int(m.group(1)), Y, "budget year")
    a2, cur, b1, b2, co = (Q(m.group(i), "万元") for i in (2, 3, 6, 9, 10))
    c.same(a2, annual, "annual vs table")
    c.same(cur, Q(F["其中：当年财政拨款"][3], "万元"), "current vs table")
    c.same(co, Q(F["上年结转资金"][3], "万元"), "carry-over in vs table")
    c.same(b1, Q(F["其中：当年财政拨款"][2], "万元"), "advance = initial budget")
    c.total(a2, [cur, co], "annual = current + carry-over")
    c.total(cur, [b1, b2], "current = two batches")
    c.issued(int(m.group(4)), int(m.group(5)), Y, "advance")
    c.issued(int(m.group(7)), int(m.group(8)), Y, "second batch")
    m = one(text, r"截至(\d{4})年12月31日，实际支出(" + NUM + r")万元，预算执行率(" + NUM + r")%")
    c.same_year(int(m.group(1)), Y, "截至")
    c.same(Q(m.group(2), "万元"), spent, "spent vs table")
    c.rate(m.group(3), spent, annual, "prose execution rate")
    c.same(Q(m.group(3), "%"), Q(tot[6].rstrip("%"), "%"), "rate prose vs table")
    m = one(text, r"冻精补贴(" + NUM + r")(万元|元|亿元)（(" + NUM + r")剂×(\d+)元/剂），种公牛补贴(" + NUM + r")(万元|元|亿元)（(\d+)头×(\d+)元/头），冷配网点液氮补助(" + NUM + r")(万元|元|亿元)（(\d+)个×(\d+)元）")
    s1, s2, s3 = m_money(m, 1), m_money(m, 5), m_money(m, 9)
    c.total(spent, [s1, s2, s3], "spent = Σ items")
    c.product(s1, Q(m.group(3), "剂"), Q(m.group(4), "元"), "semen subsidy")
    c.product(s2, Q(m.group(7), "头"), Q(m.group(8), "元"), "bull subsidy")
    c.product(s3, Q(m.group(11), "个"), Q(m.group(12), "元"), "liquid nitrogen")
    c.same(Q(m.group(3), "剂"), Q(R["补贴肉牛冻精"].a[1], "剂"), "doses vs table")
    c.same(Q(m.group(7), "头"), Q(R["补贴种公牛"].a[1], "头"), "bulls vs table")
    c.same(Q(m.group(4), "元/剂"), Q(R["冻精补贴标准"].a[1], R["冻精补贴标准"].a[2]), "price vs table")
    st = one(text, r"肉牛冻精每剂补贴(\d+)元，种公牛每头补贴(\d+)元，冷配网点液氮补助每个网点(\d+)元")
    for i, g in enumerate((4, 8, 12)):
        c.same(Q(st.group(i + 1), "元"), Q(m.group(g), "元"), "standard")
    m = one(text, r"未支出(" + NUM + r")万元结转至(\d{4})年")
    c.total(Q(m.group(1), "万元"), [annual, (-1, spent)], "unspent = annual − spent", code="balance_mismatch")
    c.carried_to(int(m.group(2)), Y, "carry-over out")
    c.cond("conflicting_values", spent.v / annual.v * 100 < 90, "'执行率低于90%'")
    m = one(text, r"全年补贴肉牛冻精(" + NUM + r")剂，补贴种公牛(\d+)头，完成冷配改良母牛(" + NUM + r")头；冻精质量抽检合格率(" + NUM + r")%")
    c.same(Q(m.group(1), "剂"), Q(R["补贴肉牛冻精"].a[1], "剂"), "doses")
    c.same(Q(m.group(2), "头"), Q(R["补贴种公牛"].a[1], "头"), "bulls")
    c.same(Q(m.group(3), "头"), Q(R["冷配改良母牛"].a[1], R["冷配改良母牛"].a[2]), "improved cows")
    c.same(Q(m.group(4), "%"), Q(R["冻精质量抽检合格率"].a[1], "%"), "quality")
    m = one(text, r"兑付周期(\d+)天，超过(\d+)天的控制目标")
    c.same(Q(m.group(1), "天"), Q(R["补贴资金兑付周期"].a[1], "天"), "payment days")
    c.same(Q(m.group(2), "天"), Q(R["补贴资金兑付周期"].t[1], "天"), "payment target")
    m = one(text, r"冷配情期受胎率(" + NUM + r")%（(\d{4})年为(" + NUM + r")%）")
    c.same(Q(m.group(1), "%"), Q(R["冷配情期受胎率"].a[1], "%"), "conception")
    c.same_year(int(m.group(2)), Y - 1, "last-year comparison")
    m = one(text, r"肉牛良种覆盖率(" + NUM + r")%")
    c.same(Q(m.group(1), "%"), Q(R["肉牛良种覆盖率"].a[1], "%"), "coverage")
    m = one(text, r"养殖户满意度(" + NUM + r")%")
    c.same(Q(m.group(1), "%"), Q(R["养殖户满意度"].a[1], R["养殖户满意度"].a[2]), "satisfaction")
    m = one(text, r"补贴肉牛冻精(\d+)剂以上、种公牛(\d+)头以上，完成冷配改良母牛(\d+)头以上；冷配情期受胎率达到(\d+)%以上，肉牛良种覆盖率达到(\d+)%以上，养殖户满意度不低于(\d+)%")
    for i, nm in enumerate(["补贴肉牛冻精", "补贴种公牛", "冷配改良母牛", "冷配情期受胎率", "肉牛良种覆盖率", "养殖户满意度"]):
        c.same(Q(m.group(i + 1), R[nm].t[2]), Q(R[nm].t[1], R[nm].t[2]), "goal " + nm)
    m = one(text, r"自评得分(" + NUM + r")分，评价等级为“(.)”")
    c.same(Q(m.group(1), "分"), Q(total_row[7], "分"), "total prose vs table")
    for t in (m.group(1), total_row[7]):
        c.cond("grade_mismatch", GRADE_WORD[m.group(2)] == grade_of(dec(t)), f"grade {m.group(2)} for {t}")
    return c


CHECKERS = {
    "hunyuan-liangzhongbutie-2021": check_hunyuan,
    "guanling-zhonggongniuzhan-2019": check_guanling,
    "longchang-zhonggongzhuzhan-bumen-2023": check_longchang,
    "suixian-zhongzhuzhan-2020": check_suixian,
    "balinyouqi-rouniuliangzhong-2025": check_balinyouqi,
}


# ----------------------------------------------------------------------------- driver
def diff_region(a, b):
    """Changed region of b against a: (start, end_in_b, end_in_a)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s, len(a) - s


def main(verbose=False):
    problems = []
    labels = [json.loads(l) for l in open(LABELS, encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    counts = {}
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        text = open(path, encoding="utf-8").read()
        src = lab["source"]
        try:
            c = CHECKERS[src](text)
        except Exception as e:  # a parse failure is a problem, not a finding
            problems.append(f"{lab['case']}: parse failed: {e!r}")
            continue
        got = c.codes()
        if verbose:
            print(lab["case"], got, [m for _, m in c.fails][:3])
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with expectations")
            if got:
                problems.append(f"{lab['case']}: clean draft fails {c.fails}")
            if c.warnings:
                problems.append(f"{lab['case']}: clean draft has warnings {c.warnings}")
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append(f"{lab['case']}: expected exactly one label")
            continue
        code, value = exp[0]["code"], exp[0]["value"]
        if exp[0].get("severity") != "error" or code not in CODES_A:
            problems.append(f"{lab['case']}: bad label {exp[0]}")
        counts[code] = counts.get(code, 0) + 1
        if got != [code]:
            problems.append(f"{lab['case']}: labelled {code}, checks fail {got}: {c.fails}")
        if text.count(value) != 1:
            problems.append(f"{lab['case']}: value {value!r} occurs {text.count(value)} times")
            continue
        clean = open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8").read()
        p, eb, ea = diff_region(clean, text)
        if max(eb - p, ea - p) > 40:
            problems.append(f"{lab['case']}: edit of {max(eb - p, ea - p)} characters")
        if clean.count(clean[p:ea]) < 1 or ea < p:
            problems.append(f"{lab['case']}: no edit found")
        vs = text.index(value)
        ve = vs + len(value)
        if not (vs < max(eb, p + 1) and p < ve):
            problems.append(f"{lab['case']}: edit [{p},{eb}) does not overlap value [{vs},{ve})")
    for code in CODES_A:
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} used {counts.get(code, 0)} times (< 2)")
    if problems:
        print("\n".join(problems))
        print(f"FAILED ({len(problems)} problems)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main("-v" in sys.argv))
