#!/usr/bin/env python3
"""Verify the drafts491 set (standard library + decimal only).

For every case the figures are read back from the text (regular expressions for the prose, a small
table reader for ｜ / tab / Markdown tables) and every arithmetic identity of rules.md §7 is redone
with the tolerance of §8 (ROUND_HALF_UP, half a unit of the stated last decimal).

Requirements checked:
  * every clean draft passes every check;
  * every error case fails exactly its labelled code (and no other error code);
  * each label value occurs exactly once in its case, the case differs from its clean draft by one
    contiguous edit of at most 40 characters, and that edit overlaps the label value;
  * 35 label lines, 5 clean, 30 with one error each, every code of errors.md §A used at least twice.
Prints OK at the end when everything holds; exits 1 otherwise.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

NUM = r"(\d+(?:\.\d+)?)"
MONEY = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}


class ParseError(Exception):
    pass


class N:
    """A number as written: value, decimals, unit."""

    def __init__(self, raw, unit=""):
        raw = raw.replace(",", "")
        self.raw = raw
        self.v = D(raw)
        self.dec = len(raw.split(".")[1]) if "." in raw else 0
        self.unit = unit

    @property
    def w(self):  # normalised (万元 for money, otherwise as written)
        return self.v * MONEY.get(self.unit, D(1))

    def scaled(self, k):
        n = N(self.raw, self.unit)
        n.v = self.v * (D(10) ** k)
        return n

    def __repr__(self):
        return f"{self.raw}{self.unit}"


def tol(n):
    return D("0.5") * (D(10) ** (-n.dec)) + D("1e-9")


def close(stated, computed_w):
    """stated N vs a computed value in normalised units."""
    c = computed_w / MONEY.get(stated.unit, D(1))
    return abs(c - stated.v) <= tol(stated)


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


GRADES = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
          "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


def parse_val(s):
    """'≥28万餐' -> (direction, N) ; qualitative or empty -> None."""
    s = s.strip()
    m = re.fullmatch(r"(≥|≤|=|＞|＜|>=|<=|＞＝|＜＝)?\s*(\d+(?:\.\d+)?)\s*([^\d\s]*)", s)
    if not m:
        return None
    sign = m.group(1) or ""
    if sign in ("≥", "＞", ">=", "＞＝"):
        d = "gte"
    elif sign in ("≤", "＜", "<=", "＜＝"):
        d = "lte"
    else:
        d = "eq"
    return d, N(m.group(2), m.group(3))


class Ctx:
    def __init__(self, name, text, year):
        self.name = name
        self.t = text
        self.Y = year
        self.fails = []   # (code, message)
        self.warns = []
        self.count = 0

    # ---------- reading ----------
    def m(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ParseError(f"{self.name}: pattern {pat!r} matched {len(ms)} times")
        return ms[0]

    def g(self, pat, *units):
        """Numbers captured by pat, as N with the given units (one unit per group)."""
        mm = self.m(pat)
        out = []
        for i, raw in enumerate(mm.groups()):
            u = units[i] if i < len(units) else ""
            out.append(N(raw, u) if raw is not None and re.fullmatch(r"\d+(?:\.\d+)?", raw) else raw)
        return out if len(out) > 1 else out[0]

    # ---------- recording ----------
    def rec(self, code, ok, msg):
        self.count += 1
        if not ok:
            self.fails.append((code, msg))

    def warn(self, ok, msg):
        if not ok:
            self.warns.append(("score_rule_mismatch", msg))

    # ---------- identities ----------
    def ident(self, code, stated, operands, f, msg, money=True):
        """stated (N) must equal f([operand values normalised]); a failure explained exactly by
        rescaling one money amount by 10^±4 / 10^±8 is reported as unit_mismatch."""
        if close(stated, f([o.w for o in operands])):
            self.rec(code, True, msg)
            return
        final = code
        if money:
            for k in (4, -4, 8, -8):
                if close(stated.scaled(k), f([o.w for o in operands])):
                    final = "unit_mismatch"
                for i in range(len(operands)):
                    ops = [o.scaled(k).w if j == i else o.w for j, o in enumerate(operands)]
                    if close(stated, f(ops)):
                        final = "unit_mismatch"
        self.rec(final, False, f"{msg}: stated {stated!r}, computed {r2(f([o.w for o in operands]))}")

    def sum(self, total, parts, msg, code="sum_mismatch"):
        self.ident(code, total, parts, lambda v: sum(v, D(0)), msg)

    def diff(self, stated, a, b, msg, code="balance_mismatch"):
        self.ident(code, stated, [a, b], lambda v: v[0] - v[1], msg)

    def product(self, stated, a, b, msg):
        # amount = count x unit price (万餐 x 元/餐 = 万元; 个 x 万元/个 = 万元)
        self.ident("sum_mismatch", stated, [a, b], lambda v: v[0] * v[1], msg)

    def avg(self, stated, total, n, msg):
        self.ident("average_mismatch", stated, [total, n], lambda v: v[0] / v[1], msg)

    def mean(self, stated, items, msg):
        self.ident("average_mismatch", stated, items, lambda v: sum(v, D(0)) / len(v), msg)

    def rate(self, stated, num, den, msg, bounded=True):
        """stated percentage = num/den*100. bounded: a rate that cannot exceed 100%."""
        if stated is None:          # printed as — : nothing to compare
            return
        if stated.unit not in ("%", ""):
            self.rec("unit_mismatch", False, f"{msg}: rate written as {stated!r}")
            return
        if den.w == 0:
            self.rec("implausible_rate", stated.v == 0, f"{msg}: rate {stated!r} on a zero base")
            return
        if bounded and stated.v > 100:
            self.rec("implausible_rate", False, f"{msg}: rate {stated!r} above 100%")
            return
        c = num.w / den.w * 100
        self.rec("rate_mismatch", abs(c - stated.v) <= tol(stated), f"{msg}: stated {stated!r}, computed {r2(c)}%")

    def bounded(self, stated, msg):
        self.rec("implausible_rate", stated.unit != "%" or stated.v <= 100, f"{msg}: {stated!r} above 100%")

    def same(self, a, b, msg, code="conflicting_values"):
        """The same quantity stated twice."""
        ua, ub = a.unit, b.unit
        if ua and ub and ua != ub and not (ua in MONEY and ub in MONEY):
            self.rec("unit_mismatch", False, f"{msg}: {a!r} vs {b!r} (units differ)")
            return
        t = max(tol(a) * MONEY.get(ua, D(1)), tol(b) * MONEY.get(ub, D(1)))
        if abs(a.w - b.w) <= t:
            self.rec(code, True, msg)
            return
        final = code
        for k in (4, -4, 8, -8):
            if abs(a.scaled(k).w - b.w) <= t or abs(a.w - b.scaled(k).w) <= t:
                final = "unit_mismatch"
        self.rec(final, False, f"{msg}: {a!r} vs {b!r}")

    def grade(self, total, label, msg):
        g = GRADES.get(label)
        self.rec("grade_mismatch", g == band(total.v), f"{msg}: total {total!r} graded {label}, band {band(total.v)}")

    # ---------- years ----------
    def year_eq(self, pat, msg):
        for mm in re.finditer(pat, self.t):
            self.rec("year_mismatch", int(mm.group(1)) == self.Y, f"{msg}: {mm.group(0)} (evaluation year {self.Y})")

    def year_later(self, pat, msg):
        for mm in re.finditer(pat, self.t):
            self.rec("year_mismatch", int(mm.group(1)) > self.Y, f"{msg}: {mm.group(0)} (evaluation year {self.Y})")

    def year_prev(self, pat, msg):
        for mm in re.finditer(pat, self.t):
            self.rec("year_mismatch", int(mm.group(1)) == self.Y - 1, f"{msg}: {mm.group(0)}")

    def year_issue(self, pat, msg):
        """funds issued in the year, or in the December before it as an advance."""
        for mm in re.finditer(pat, self.t):
            y, mo = int(mm.group(1)), int(mm.group(2))
            self.rec("year_mismatch", y == self.Y or (y == self.Y - 1 and mo == 12), f"{msg}: {mm.group(0)}")


# ====================================================================================
# tables
# ====================================================================================

def split_line(line):
    if "｜" in line:
        return [c.strip() for c in line.split("｜")]
    s = line.strip()
    if s.startswith("|"):
        cells = [c.strip() for c in s.strip("|").split("|")]
        if all(re.fullmatch(r":?-+:?", c) for c in cells):
            return []          # Markdown separator row
        return cells
    if "\t" in line:
        return [c.strip() for c in line.split("\t")]
    return None


def table_row(text, label, header_word=None):
    """First cell == label in a table line; returns the cells. Must be unique."""
    found = []
    for line in text.split("\n"):
        cells = split_line(line)
        if cells and cells[0] == label:
            found.append(cells)
    if len(found) != 1:
        raise ParseError(f"table row {label!r}: {len(found)} rows")
    return found[0]


def cellnum(cell, unit=""):
    cell = cell.strip()
    if cell in ("—", "-", ""):
        return None
    mm = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(%|万元|元|亿元)?", cell)
    if not mm:
        raise ParseError(f"cell {cell!r} is not a number")
    return N(mm.group(1), mm.group(2) or unit)


HEAD = {"一级指标": "l1", "二级指标": "l2", "三级指标": "name", "指标性质": "nature",
        "年度指标值": "target", "目标值": "target", "指标值": "target", "度量单位": "munit",
        "实际完成值": "actual", "业绩值": "actual", "完成率": "completion", "分值": "weight",
        "权重": "weight", "得分": "score"}


def indicator_rows(text):
    """All rows of the indicator tables (several blocks allowed). Returns (rows, total_row)."""
    rows, total = [], None
    cols = None
    last_heading = ""
    l1_fill = l2_fill = ""
    for line in text.split("\n"):
        cells = split_line(line)
        if cells is None:          # prose line or blank line: any table block ends here
            if line.strip():
                last_heading = line.strip()
            cols = None
            continue
        if cells == []:
            continue
        if "得分" in cells and ("分值" in cells or "权重" in cells) and "年初预算数" not in cells:
            cols = {HEAD[c]: i for i, c in enumerate(cells) if c in HEAD}
            l1_fill = l2_fill = ""
            continue
        if cols is None:
            continue
        first = cells[0]
        if first in ("总分", "合计"):
            total = {"weight": cellnum(cells[cols["weight"]]), "score": cellnum(cells[cols["score"]])}
            cols = None
            continue
        get = lambda k: cells[cols[k]] if k in cols and cols[k] < len(cells) else ""
        l1 = get("l1") if "l1" in cols else ""
        if "l1" in cols:
            l1 = l1 or l1_fill
            l1_fill = l1
        else:
            h = last_heading
            l1 = ("预算执行" if "预算执行" in h else "产出指标" if "产出" in h else
                  "效益指标" if "效益" in h else "满意度指标" if "满意度" in h else h)
        l2 = get("l2") or l2_fill
        l2_fill = l2
        target, actual = get("target"), get("actual")
        if "nature" in cols:       # Sichuan layout: 指标性质 + 指标值 + 度量单位
            nat, mu = get("nature"), get("munit")
            mu = "" if mu in ("—", "-") else mu
            if nat == "定性":
                target = "定性"
            else:
                target = ("" if nat in ("", "—") else nat) + target + mu
                actual = actual + mu
        rows.append({"l1": l1, "l2": l2, "name": get("name"), "target": target, "actual": actual,
                     "completion": get("completion") if "completion" in cols else None,
                     "weight": cellnum(get("weight")), "score": cellnum(get("score")), "line": line})
    return rows, total


def completion_of(direction, t, a):
    if direction == "lte":
        return D(100) if a.v <= t.v else t.v / a.v * 100
    if direction == "eq" and t.v == 0:
        return D(100) if a.v <= 0 else D(0)
    return a.v / t.v * 100


def score_of(direction, t, a, w):
    if direction == "lte":
        return w.v if a.v <= t.v else w.v * t.v / a.v
    if direction == "eq" and t.v == 0:
        return w.v if a.v <= 0 else D(0)
    return w.v * min(a.v / t.v, D(1))


def table_checks(c, rows, total, exec_row=None, prose_total=None, blocks=None):
    """Row and table identities of the indicator table.
    exec_row: (weight N, score N, rate N) from the funds block when execution is scored there.
    prose_total: total score stated in the prose (N). blocks: {l1: (weight N or None, score N or None)}."""
    weights, scores = [], []
    if exec_row:
        w, s, r = exec_row
        weights.append(w)
        scores.append(s)
        c.rec("score_exceeds_weight", D(0) <= s.v <= w.v, f"execution score {s!r} vs weight {w!r}")
        c.warn(abs(w.v * min(r.v, D(100)) / 100 - s.v) <= tol(s), f"execution score {s!r} from {r!r}")
    for row in rows:
        w, s = row["weight"], row["score"]
        weights.append(w)
        scores.append(s)
        c.rec("score_exceeds_weight", D(0) <= s.v <= w.v, f"{row['name']}: score {s!r} vs weight {w!r}")
        tv, av = parse_val(row["target"]), parse_val(row["actual"])
        if av and av[1].unit == "%" and ("率" in row["name"] or "满意度" in row["name"]):
            c.bounded(av[1], f"{row['name']} actual")
        if tv is None or av is None:
            continue      # qualitative
        d, t = tv
        a = av[1]
        if t.unit != a.unit:
            c.rec("unit_mismatch", False, f"{row['name']}: target {row['target']} vs actual {row['actual']}")
            continue
        c.rec("unit_mismatch", True, row["name"])
        comp = completion_of(d, t, a)
        if row["completion"] not in (None, "", "—"):
            cn = cellnum(row["completion"])
            c.rec("completion_mismatch", abs(comp - cn.v) <= tol(cn),
                  f"{row['name']}: completion {cn!r}, computed {r2(comp)}%")
            alt = w.v * min(cn.v, D(100)) / 100
        else:
            alt = None
        sc = score_of(d, t, a, w)
        c.warn(abs(sc - s.v) <= tol(s) or (alt is not None and abs(alt - s.v) <= tol(s)),
               f"{row['name']}: score {s!r}, rule gives {r2(sc)}")
    wsum = sum((x.v for x in weights), D(0))
    ssum = sum((x.v for x in scores), D(0))
    c.rec("weight_sum_mismatch", wsum == 100, f"weights add up to {wsum}")
    if total:
        c.rec("weight_sum_mismatch", total["weight"].v == wsum, f"total weight {total['weight']!r} vs {wsum}")
        c.rec("score_sum_mismatch", abs(total["score"].v - ssum) <= tol(total["score"]),
              f"total score {total['score']!r} vs sum {ssum}")
    if prose_total is not None:
        c.rec("score_sum_mismatch", abs(prose_total.v - ssum) <= tol(prose_total),
              f"stated total {prose_total!r} vs sum {ssum}")
    for l1, (bw, bs) in (blocks or {}).items():
        rs = [r for r in rows if r["l1"] == l1]
        if not rs:
            raise ParseError(f"no rows for block {l1}")
        if bw is not None:
            v = sum((r["weight"].v for r in rs), D(0))
            c.rec("weight_sum_mismatch", bw.v == v, f"{l1} weight {bw!r} vs rows {v}")
        if bs is not None:
            v = sum((r["score"].v for r in rs), D(0))
            c.rec("score_sum_mismatch", abs(bs.v - v) <= tol(bs), f"{l1} score {bs!r} vs rows {v}")
    return ssum


def row_by_name(rows, name):
    rs = [r for r in rows if r["name"] == name]
    if len(rs) != 1:
        raise ParseError(f"indicator {name!r}: {len(rs)} rows")
    return rs[0]


def actual(rows, name):
    return parse_val(row_by_name(rows, name)["actual"])[1] if parse_val(row_by_name(rows, name)["actual"]) else None


def target(rows, name):
    return parse_val(row_by_name(rows, name)["target"])[1]


# ====================================================================================
# per-project readers
# ====================================================================================

def tiers(c, price_pat, tier_pat, total_meals, total_sub, label):
    """meal tiers: count (万餐) x price (元/餐) = subsidy (万元); counts and subsidies add up."""
    prices = c.g(price_pat)
    vals = c.g(tier_pat, *(["", "万元"] * 3))
    meals, subs = vals[0::2], vals[1::2]
    for k in range(3):
        c.product(subs[k], meals[k], prices[k], f"{label} tier {k + 1}: {meals[k]!r}万餐 x {prices[k]!r}元")
    c.sum(total_meals, meals, f"{label}: meals by tier")
    c.sum(total_sub, subs, f"{label}: subsidy by tier")


def p_xialu(c):
    fund = {k: table_row(c.t, k) for k in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    col = lambda r, i, u="万元": cellnum(fund[r][i], u)
    for i, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum(col("年度资金总额", i), [col("其中：当年财政拨款", i), col("上年结转资金", i), col("其他资金", i)],
              f"funds column {nm}")
    for r in fund:
        c.rate(col(r, 5, "%"), col(r, 3), col(r, 2), f"funds row {r} 执行率")
    w, s, rt = col("年度资金总额", 4, ""), col("年度资金总额", 6, ""), col("年度资金总额", 5, "%")
    init, add, annual = c.g(r"项目年初预算" + NUM + r"万元", "万元"), c.g(r"补助资金" + NUM + r"万元，经区政府同意追加", "万元"), \
        c.g(r"调整后全年预算" + NUM + r"万元", "万元")
    c.sum(annual, [init, add], "全年预算 = 年初 + 追加")
    c.same(init, col("年度资金总额", 1), "年初预算 prose vs table")
    c.same(annual, col("年度资金总额", 2), "全年预算 prose vs table")
    recv = c.g(r"到位资金" + NUM + r"万元", "万元")
    c.rate(c.g(r"资金到位率" + NUM + r"%", "%"), recv, annual, "到位率")
    spent, spent_yuan = c.g(r"全年执行" + NUM + r"万元（" + NUM + r"元）", "万元", "元")
    c.same(spent, col("年度资金总额", 3), "执行数 prose vs table")
    c.same(spent, spent_yuan, "执行数 万元 vs 元")
    c.rate(c.g(r"预算执行率" + NUM + r"%。按支出用途分", "%"), spent, annual, "预算执行率 prose")
    build, oper, meal = c.g(r"建设补贴" + NUM + r"万元，运营补贴" + NUM + r"万元，餐次补贴" + NUM + r"万元。", "万元", "万元", "万元")
    c.sum(spent, [build, oper, meal], "执行 = 建设 + 运营 + 餐次")
    n_new, per = c.g(r"新建社区助餐点(\d+)个，每个给予一次性建设补贴(\d+)万元", "", "万元")
    c.product(c.g(r"共计" + NUM + r"万元", "万元"), n_new, per, "建设补贴 = 个数 x 5万元")
    c.same(build, c.g(r"共计" + NUM + r"万元", "万元"), "建设补贴 restated")
    c.same(per, c.g(r"（即(\d+)元）", "元"), "5万元 = 50000元")
    streets = c.g(r"分别为" + NUM + r"万元、" + NUM + r"万元、" + NUM + r"万元、" + NUM + r"万元。", *["万元"] * 4)
    c.sum(oper, streets, "运营补贴 by street")
    meals, last, inc = c.g(r"全年享受补贴就餐" + NUM + r"万餐，较2018年的" + NUM + r"万餐增加" + NUM + r"万餐")
    c.diff(inc, meals, last, "餐次 increase on 2018", code="sum_mismatch")
    tiers(c, r"特困供养和低保老年人每餐(\d+)元，80周岁以上老年人每餐(\d+)元，其他60—79周岁老年人每餐(\d+)元",
          r"特困供养和低保老年人" + NUM + r"万餐，补贴" + NUM + r"万元；80周岁以上老年人" + NUM + r"万餐，补贴" + NUM +
          r"万元；60—79周岁老年人" + NUM + r"万餐，补贴" + NUM + r"万元", meals, meal, "餐次补贴")
    c.avg(c.g(r"平均每餐补贴" + NUM + r"元"), meal, meals, "平均每餐补贴 = 餐次补贴 / 餐次")
    c.diff(c.g(r"年末结余" + NUM + r"万元", "万元"), recv, spent, "结余 = 到位 - 执行")
    c.year_eq(r"^.*?\n?(\d{4})年度社区老年助餐", "title year")
    c.year_eq(r"开展(\d{4})年度区级预算", "notice year")
    c.year_eq(r"截至(\d{4})年12月31日", "截至")
    c.year_issue(r"(\d{4})年(\d{1,2})月，省民政厅", "省级资金下达")
    c.year_later(r"结转(\d{4})年", "结转")
    c.year_eq(r"自评表（(\d{4})年度）", "table year")
    rows, total = indicator_rows(c.t)
    tgt, comp = c.g(r"为年度目标（≥" + NUM + r"万餐）的" + NUM + r"%")
    c.same(tgt, N(target(rows, "享受补贴就餐餐次").raw), "餐次 target prose vs table")
    c.rec("completion_mismatch", abs(meals.v / tgt.v * 100 - comp.v) <= tol(comp), f"餐次 completion {comp!r}")
    c.same(meals, N(actual(rows, "享受补贴就餐餐次").raw), "餐次 prose vs table")
    c.same(c.g(r"合格率" + NUM + r"%", "%"), actual(rows, "餐食抽检合格率"), "合格率 prose vs table")
    m12, ok = c.g(r"全年(\d+)个月中(\d+)个月按时拨付")
    t_rate = c.g(r"及时率" + NUM + r"%", "%")
    c.rate(t_rate, ok, m12, "及时率")
    c.same(t_rate, actual(rows, "补贴拨付及时率"), "及时率 prose vs table")
    c.same(c.g(r"全年受益老年人(\d+)人", "人"), actual(rows, "受益老年人数"), "受益老年人 prose vs table")
    c.same(c.g(r"未达到(\d+)人的目标", "人"), target(rows, "受益老年人数"), "受益 target prose vs table")
    n_c, n_cov = c.g(r"全区(\d+)个城市社区中有(\d+)个")
    cov = c.g(r"覆盖率" + NUM + r"%，低于", "%")
    c.rate(cov, n_cov, n_c, "社区覆盖率")
    c.same(cov, actual(rows, "社区覆盖率"), "覆盖率 prose vs table")
    c.rate(actual(rows, "社区覆盖率"), n_cov, n_c, "社区覆盖率 table")
    n_p, n_run, run = c.g(r"(\d+)个助餐点中(\d+)个全年持续运营，持续运营率" + NUM + r"%", "", "", "%")
    c.rate(run, n_run, n_p, "持续运营率")
    c.same(run, actual(rows, "助餐点持续运营率"), "持续运营率 prose vs table")
    sat = c.g(r"就餐老年人满意度为" + NUM + r"%", "%")
    c.bounded(sat, "满意度 prose")
    c.same(sat, actual(rows, "就餐老年人满意度"), "满意度 prose vs table")
    c.rate(actual(rows, "补贴拨付及时率"), ok, m12, "及时率 table")
    ew, iw, b_out, b_ben, b_sat = c.g(r"预算执行率分值(\d+)分，绩效指标分值(\d+)分（产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分）")
    c.same(ew, w, "execution weight prose vs table", code="weight_sum_mismatch")
    c.rec("weight_sum_mismatch", iw.v == b_out.v + b_ben.v + b_sat.v, "绩效指标分值 = 产出 + 效益 + 满意度")
    c.rec("weight_sum_mismatch", iw.v + ew.v == 100, "execution + indicators = 100")
    es, isc, tot = c.g(r"预算执行率得分" + NUM + r"分，绩效指标得分" + NUM + r"分，自评总分" + NUM + r"分")
    c.same(es, s, "execution score prose vs table")
    c.rec("score_sum_mismatch", abs(sum((r["score"].v for r in rows), D(0)) - isc.v) <= tol(isc),
          f"绩效指标得分 {isc!r}")
    c.rec("score_sum_mismatch", abs(es.v + isc.v - tot.v) <= tol(tot), f"总分 {tot!r} = {es!r} + {isc!r}")
    table_checks(c, rows, total, exec_row=(w, s, rt), prose_total=tot,
                 blocks={"产出指标": (b_out, None), "效益指标": (b_ben, None), "满意度指标": (b_sat, None)})
    c.same(tot, total["score"], "总分 prose vs table")
    c.grade(tot, c.g(r"评价等级为“(\S)”"), "grade")
    g_new, g_meal, g_ben, g_cov, g_sat = c.g(r"新建社区助餐点(\d+)个，全年提供补贴餐次不少于(\d+)万餐，受益老年人不少于(\d+)人，"
                                             r"助餐服务覆盖(\d+)%以上的城市社区，就餐老年人满意度达到(\d+)%以上", "个", "万餐", "人", "%", "%")
    for a, nm in ((g_new, "新建社区助餐点"), (g_meal, "享受补贴就餐餐次"), (g_ben, "受益老年人数"), (g_cov, "社区覆盖率"),
                  (g_sat, "就餐老年人满意度")):
        c.same(a, target(rows, nm), f"goal {nm} vs table target")
    c.same(c.g(r"低于(\d+)%的目标", "%"), target(rows, "社区覆盖率"), "覆盖率 target restated")
    c.same(c.g(r"新建社区助餐点(\d+)个，完成年度目标", "个"), actual(rows, "新建社区助餐点"), "新建 prose vs table")
    c.same(n_new, actual(rows, "新建社区助餐点"), "新建 (overview) vs table")
    c.same(c.g(r"(\d+)个新建助餐点均通过", "个"), n_new, "新建 restated")
    c.same(c.g(r"就餐" + NUM + r"万餐，为年度目标"), meals, "餐次 restated")
    p8, p5 = c.g(r"低保老年人每餐补贴(\d+)元，单个新建助餐点建设补贴(\d+)万元", "元", "万元")
    c.same(p8, actual(rows, "特困低保老人每餐补贴"), "每餐补贴 prose vs table")
    c.same(p5, actual(rows, "单个助餐点建设补贴"), "建设补贴 prose vs table")
    c.same(p5, per, "建设补贴 standard restated")
    c.same(c.g(r"按每个(\d+)万元标准拨付", "万元"), per, "建设补贴 standard restated (2)")
    n14, n6 = c.g(r"正常运营的(\d+)个助餐点（含当年新建(\d+)个）")
    c.same(n14, n_p, "14 助餐点 restated")
    c.same(n6, n_new, "含新建 6 restated")
    c.same(c.g(r"样品(\d+)批次，全部合格"), c.g(r"样品(\d+)批次，合格率"), "抽检批次 restated")


def p_jiangyang(c):
    fund = {k: table_row(c.t, k) for k in ("年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")}
    col = lambda r, i, u="万元": cellnum(fund[r][i], u)
    for i, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum(col("年度资金总额", i), [col(r, i) for r in list(fund)[1:]], f"funds column {nm}")
    for r in fund:
        c.rate(col(r, 5, "%"), col(r, 3), col(r, 2), f"funds row {r} 执行率")
    w, s, rt = col("年度资金总额", 4, ""), col("年度资金总额", 6, ""), col("年度资金总额", 5, "%")
    init = c.g(r"年初批复预算" + NUM + r"万元", "万元")
    cut, annual = c.g(r"年中调减预算" + NUM + r"万元，调整后预算" + NUM + r"万元", "万元", "万元")
    c.diff(annual, init, cut, "调整后 = 年初 - 调减", code="sum_mismatch")
    c.same(init, col("年度资金总额", 1), "年初 prose vs table")
    c.same(annual, col("年度资金总额", 2), "全年 prose vs table")
    bb, ob, mb = c.g(r"其中建设补贴" + NUM + r"万元、运营补贴" + NUM + r"万元、餐次补贴" + NUM + r"万元。", "万元", "万元", "万元")
    c.sum(annual, [bb, ob, mb], "调整后预算 by use")
    recv, rr = c.g(r"项目资金到位" + NUM + r"万元，到位率" + NUM + r"%", "万元", "%")
    c.rate(rr, recv, annual, "到位率")
    spent, er, bal = c.g(r"实际支出" + NUM + r"万元，预算执行率" + NUM + r"%，结余" + NUM + r"万元", "万元", "%", "万元")
    c.rate(er, spent, annual, "执行率 prose")
    c.same(spent, col("年度资金总额", 3), "执行 prose vs table")
    c.diff(bal, recv, spent, "结余 = 到位 - 执行")
    build, n_new, per = c.g(r"1\.建设补贴" + NUM + r"万元，为(\d+)个新建助餐点按每个(\d+)万元拨付", "万元", "", "万元")
    c.product(build, n_new, per, "建设补贴")
    oper, n_op, per_op = c.g(r"2\.运营补贴" + NUM + r"万元，(\d+)个助餐点每个" + NUM + r"万元", "万元", "", "万元")
    c.product(oper, n_op, per_op, "运营补贴")
    meal, pay = c.g(r"3\.餐次补贴" + NUM + r"万元，兑付率" + NUM + r"%", "万元", "%")
    c.rate(pay, meal, mb, "餐次补贴兑付率")
    c.sum(spent, [build, oper, meal], "支出 = 建设 + 运营 + 餐次")
    meals, last, dec = c.g(r"全年补贴餐次" + NUM + r"万餐，较2019年的" + NUM + r"万餐减少" + NUM + r"万餐")
    c.diff(dec, last, meals, "餐次 decrease on 2019", code="sum_mismatch")
    tiers(c, r"特困供养和低保老年人每餐补贴(\d+)元，80周岁以上老年人每餐补贴(\d+)元，其他60—79周岁老年人每餐补贴(\d+)元",
          r"特困供养和低保老年人" + NUM + r"万餐，补贴" + NUM + r"万元；80周岁以上老年人" + NUM + r"万餐，补贴" + NUM +
          r"万元；60—79周岁老年人" + NUM + r"万餐，补贴" + NUM + r"万元", meals, meal, "餐次补贴")
    streets = c.g(r"分别为" + NUM + r"万餐、" + NUM + r"万餐、" + NUM + r"万餐、" + NUM + r"万餐、" + NUM + r"万餐，")
    c.sum(meals, streets, "餐次 by street")
    c.avg(c.g(r"平均每个街道" + NUM + r"万餐"), meals, N(str(len(streets))), "平均每个街道 = 餐次 / 5")
    c.same(per, c.g(r"一次性建设补贴，每个(\d+)万元", "万元"), "建设补贴标准 restated")
    c.same(per, c.g(r"建设补贴标准仍按每个(\d+)万元", "万元"), "建设补贴标准 restated (2021)")
    c.year_eq(r"江阳区民政局(\d{4})年度", "title year")
    c.year_eq(r"截至(\d{4})年12月31日", "截至")
    c.year_eq(r"附：(\d{4})年度项目支出", "table year")
    c.year_eq(r"\n(\d{4})年计划新建", "goal year")
    c.year_prev(r"较(\d{4})年的", "last-year comparison")
    rows, total = indicator_rows(c.t)
    c.same(meals, actual(rows, "补贴餐次"), "餐次 prose vs table")
    c.same(n_new, actual(rows, "新建社区助餐点"), "新建 prose vs table")
    c.same(c.g(r"全年新建助餐点(\d+)个"), actual(rows, "新建社区助餐点"), "新建 restated")
    c.same(n_op, actual(rows, "运营补贴助餐点"), "运营补贴点 prose vs table")
    c.same(c.g(r"全年受益老年人(\d+)人"), actual(rows, "受益老年人数"), "受益老年人 prose vs table")
    c.same(c.g(r"未达到(\d+)人的目标"), target(rows, "受益老年人数"), "受益 target prose vs table")
    c.same(c.g(r"惠及老年人(\d+)人"), target(rows, "受益老年人数"), "受益 target (goal) vs table")
    c.same(c.g(r"全年提供补贴餐次(\d+)万餐"), target(rows, "补贴餐次"), "餐次 target (goal) vs table")
    c.same(c.g(r"未完成(\d+)万餐的目标"), target(rows, "补贴餐次"), "餐次 target restated")
    n15, n14 = c.g(r"(\d+)个助餐点均获得运营补贴，其中(\d+)个保持正常运营")
    c.rate(actual(rows, "助餐点正常运营率"), n14, n15, "正常运营率 table")
    sat = c.g(r"就餐老年人满意度为" + NUM + r"%", "%")
    c.bounded(sat, "满意度 prose")
    c.same(sat, actual(rows, "就餐老年人满意度"), "满意度 prose vs table")
    es, so, sb, ss, tot, lab = c.g(r"预算执行率得分" + NUM + r"分，产出指标得分" + NUM + r"分，效益指标得分" + NUM +
                                   r"分，满意度指标得分" + NUM + r"分，自评总分" + NUM + r"分，评价等级为“(\S)”")
    c.same(es, s, "execution score prose vs table")
    table_checks(c, rows, total, exec_row=(w, s, rt), prose_total=tot,
                 blocks={"产出指标": (None, so), "效益指标": (None, sb), "满意度指标": (None, ss)})
    c.rec("score_sum_mismatch", abs(es.v + so.v + sb.v + ss.v - tot.v) <= tol(tot), "总分 = Σ 一级得分")
    c.same(tot, total["score"], "总分 prose vs table")
    c.grade(tot, lab, "grade (conclusion)")
    c.grade(total["score"], c.g(r"自评等级为(\S)。"), "grade (table box)")
    g_new, g_op = c.g(r"计划新建社区助餐点(\d+)个，对(\d+)个助餐点给予运营补贴")
    c.same(g_new, target(rows, "新建社区助餐点"), "goal 新建 vs table")
    c.same(g_op, target(rows, "运营补贴助餐点"), "goal 运营补贴点 vs table")
    g_run, g_sat = c.g(r"正常运营率不低于(\d+)%，就餐老年人满意度不低于(\d+)%", "%", "%")
    c.same(g_run, target(rows, "助餐点正常运营率"), "goal 正常运营率 vs table")
    c.same(g_sat, target(rows, "就餐老年人满意度"), "goal 满意度 vs table")
    c.same(c.g(r"全年提供补贴餐次" + NUM + r"万餐，未完成"), meals, "餐次 restated")
    later = c.g(r"另有(\d+)个点位因疫情推迟")
    c.sum(target(rows, "新建社区助餐点"), [n_new, later], "新建 target = 建成 + 推迟")
    c.same(later, c.g(r"优先完成(\d+)个推迟点位"), "推迟点位 restated")
    c.same(per, actual(rows, "单个助餐点建设补贴"), "建设补贴 standard vs table")


def p_jinshui(c):
    fund = {k: table_row(c.t, k) for k in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    col = lambda r, i, u="万元": cellnum(fund[r][i], u)
    for i, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum(col("年度资金总额", i), [col(r, i) for r in list(fund)[1:]], f"funds column {nm}")
    for r in fund:
        c.rate(col(r, 5, "%"), col(r, 3), col(r, 2), f"funds row {r} 执行率")
    w, s, rt = col("年度资金总额", 4, ""), col("年度资金总额", 6, ""), col("年度资金总额", 5, "%")
    init, dist, city = c.g(r"年初预算" + NUM + r"万元，其中区级财政资金" + NUM + r"万元、市级补助资金" + NUM + r"万元", "万元", "万元", "万元")
    c.sum(init, [dist, city], "年初 = 区级 + 市级")
    c.same(init, col("年度资金总额", 1), "年初 prose vs table")
    carry, annual = c.g(r"2021年结转的建设补贴" + NUM + r"万元，全年预算" + NUM + r"万元", "万元", "万元")
    c.sum(annual, [init, carry], "全年 = 年初 + 上年结转")
    c.same(annual, col("年度资金总额", 2), "全年 prose vs table")
    c.same(carry, col("上年结转资金", 2), "上年结转 prose vs table")
    bb, bb_c, ob, mb = c.g(r"建设补贴" + NUM + r"万元（含上年结转" + NUM + r"万元）、运营补贴" + NUM + r"万元、餐次补贴" + NUM + r"万元。",
                           "万元", "万元", "万元", "万元")
    c.sum(annual, [bb, ob, mb], "全年预算 by use")
    c.same(bb_c, carry, "上年结转 restated")
    spent, er = c.g(r"全年执行" + NUM + r"万元，预算执行率" + NUM + r"%", "万元", "%")
    c.rate(er, spent, annual, "执行率 prose")
    c.same(spent, col("年度资金总额", 3), "执行 prose vs table")
    b_all, n_new, b_new, b_tail = c.g(r"建设补贴" + NUM + r"万元全部支出，其中当年新建(\d+)个助餐点补贴" + NUM + r"万元，支付2021年新建助餐点尾款" + NUM + r"万元",
                                      "万元", "个", "万元", "万元")
    c.same(b_all, bb, "建设补贴 spent = budget (全部支出)")
    c.sum(b_all, [b_new, b_tail], "建设补贴 = 新建 + 尾款")
    c.same(b_tail, carry, "尾款 = 上年结转")
    c.product(b_new, n_new, c.g(r"按每个(\d+)万元给予一次性补贴", "万元"), "新建补贴 = 个数 x 15万元")
    oper, n_op, per_op = c.g(r"运营补贴支出" + NUM + r"万元，(\d+)个助餐点每个(\d+)万元", "万元", "", "万元")
    c.product(oper, n_op, per_op, "运营补贴")
    c.same(per_op, c.g(r"按每个每年(\d+)万元给予补贴", "万元"), "运营补贴标准 restated")
    meal, pay = c.g(r"餐次补贴支出" + NUM + r"万元，兑付率" + NUM + r"%", "万元", "%")
    c.rate(pay, meal, mb, "餐次补贴兑付率")
    c.sum(spent, [b_all, oper, meal], "执行 = 建设 + 运营 + 餐次")
    c.sum(col("其中：当年财政拨款", 3), [b_new, oper, meal], "当年财政拨款 executed")
    c.diff(c.g(r"年末结余" + NUM + r"万元", "万元"), annual, spent, "结余 = 全年(到位) - 执行")
    meals, last, inc = c.g(r"全年补贴就餐" + NUM + r"万餐，较2021年的" + NUM + r"万餐增加" + NUM + r"万餐")
    c.diff(inc, meals, last, "餐次 increase", code="sum_mismatch")
    tiers(c, r"低保边缘老年人每餐补贴(\d+)元，80周岁以上老年人每餐补贴(\d+)元，其他60—79周岁老年人每餐补贴(\d+)元",
          r"低保边缘老年人" + NUM + r"万餐，补贴" + NUM + r"万元；80周岁以上老年人" + NUM + r"万餐，补贴" + NUM +
          r"万元；60—79周岁老年人" + NUM + r"万餐，补贴" + NUM + r"万元", meals, meal, "餐次补贴")
    streets = c.g(r"分别为" + NUM + r"万餐、" + NUM + r"万餐、" + NUM + r"万餐、" + NUM + r"万餐、" + NUM + r"万餐、" + NUM + r"万餐，")
    c.sum(meals, streets, "餐次 by street")
    n_st = c.g(r"东风路(\d+)个街道分别为")
    c.rec("sum_mismatch", int(n_st.v) == len(streets), "6 streets listed")
    c.avg(c.g(r"平均每个街道" + NUM + r"万餐"), meals, n_st, "平均每个街道")
    n12, n10, on = c.g(r"(\d+)个新建助餐点中(\d+)个年内投入运营，投运率" + NUM + r"%", "个", "个", "%")
    c.rate(on, n10, n12, "投运率")
    rows, total = indicator_rows(c.t)
    c.same(on, actual(rows, "新建助餐点年内投运率"), "投运率 prose vs table")
    c.same(n12, actual(rows, "新建社区助餐点"), "新建 prose vs table")
    c.same(n_new, actual(rows, "新建社区助餐点"), "新建 (funds) vs table")
    c.same(meals, actual(rows, "补贴就餐餐次"), "餐次 prose vs table")
    c.same(n_op, actual(rows, "运营补贴助餐点"), "运营补贴点 prose vs table")
    c.same(c.g(r"覆盖老年人" + NUM + r"万人，全区"), actual(rows, "覆盖老年人数"), "覆盖老年人 prose vs table")
    n95, n61 = c.g(r"全区(\d+)个城市社区中(\d+)个建有助餐点")
    c.rate(actual(rows, "城市社区覆盖率"), n61, n95, "城市社区覆盖率 table")
    n32, n31, run = c.g(r"(\d+)个助餐点中(\d+)个全年持续运营，持续运营率" + NUM + r"%", "", "", "%")
    c.rate(run, n31, n32, "持续运营率")
    c.same(run, actual(rows, "助餐点持续运营率"), "持续运营率 prose vs table")
    c.same(n32, n_op, "32 助餐点 restated")
    c.bounded(c.g(r"电话回访满意率" + NUM + r"%", "%"), "回访满意率")
    sat = c.g(r"问卷调查就餐老年人满意度" + NUM + r"%", "%")
    c.bounded(sat, "满意度 prose")
    c.same(sat, actual(rows, "就餐老年人满意度"), "满意度 prose vs table")
    es, isc, tot, lab = c.g(r"预算执行得分" + NUM + r"分，绩效指标得分" + NUM + r"分，自评总分" + NUM + r"分，评价等级为(\S)。")
    c.same(es, s, "execution score prose vs table")
    c.rec("score_sum_mismatch", abs(sum((r["score"].v for r in rows), D(0)) - isc.v) <= tol(isc), f"绩效指标得分 {isc!r}")
    c.rec("score_sum_mismatch", abs(es.v + isc.v - tot.v) <= tol(tot), "总分 = 执行 + 指标")
    table_checks(c, rows, total, exec_row=(w, s, rt), prose_total=tot)
    c.same(tot, total["score"], "总分 prose vs table")
    c.grade(tot, lab, "grade")
    c.year_eq(r"民政局(\d{4})年度社区", "title year")
    g = c.g(r"全年新建社区助餐点(\d+)个，纳入运营补贴的助餐点不少于(\d+)个，补贴就餐餐次不少于(\d+)万餐，助餐服务覆盖老年人"
            + NUM + r"万人以上，城市社区助餐服务覆盖率达到(\d+)%以上，就餐老年人满意度达到(\d+)%以上", "个", "个", "万餐", "万人", "%", "%")
    for a, nm in zip(g, ("新建社区助餐点", "运营补贴助餐点", "补贴就餐餐次", "覆盖老年人数", "城市社区覆盖率", "就餐老年人满意度")):
        c.same(a, target(rows, nm), f"goal {nm} vs table target")
    c.sum(n12, [n10, c.g(r"另外(\d+)个于12月底完工")], "新建 = 投运 + 年底完工")
    c.same(c.g(r"单个助餐点建设补贴 \| ≤(\d+)万元", "万元"), c.g(r"按每个(\d+)万元给予一次性补贴", "万元"), "建设补贴 cap = standard")
    c.same(c.g(r"80周岁以上每餐补贴 \| =(\d+)元", "元"), c.g(r"80周岁以上老年人每餐补贴(\d+)元", "元"), "80+ price vs table")
    c.year_eq(r"\n(\d{4})年项目年初预算", "budget year")
    c.year_issue(r"已于(\d{4})年(\d{1,2})月提前下达", "市级资金下达")
    c.year_prev(r"加上(\d{4})年结转", "上年结转 year")
    c.year_prev(r"支付(\d{4})年新建助餐点尾款", "尾款 year")
    c.year_later(r"已结转(\d{4})年", "结转")


def p_laishan(c):
    init, base0, proj0 = c.g(r"部门年初预算" + NUM + r"万元，其中基本支出" + NUM + r"万元、项目支出" + NUM + r"万元", "万元", "万元", "万元")
    c.sum(init, [base0, proj0], "年初 = 基本 + 项目")
    add = c.g(r"提升补助资金" + NUM + r"万元", "万元")
    annual, proj = c.g(r"调整后部门全年预算" + NUM + r"万元，其中项目支出" + NUM + r"万元", "万元", "万元")
    c.sum(annual, [init, add], "全年 = 年初 + 追加")
    c.sum(proj, [proj0, add], "项目全年 = 项目年初 + 追加")
    spent, er = c.g(r"部门全年支出" + NUM + r"万元，预算执行率" + NUM + r"%", "万元", "%")
    c.rate(er, spent, annual, "部门执行率 prose")
    base, staff, office, ber = c.g(r"基本支出" + NUM + r"万元，其中人员经费" + NUM + r"万元、公用经费" + NUM + r"万元，基本支出执行率" + NUM + r"%",
                                   "万元", "万元", "万元", "%")
    c.sum(base, [staff, office], "基本支出 = 人员 + 公用")
    c.rate(ber, base, base0, "基本支出执行率")     # 基本支出 not adjusted: annual = initial
    pspent, per_ = c.g(r"项目支出" + NUM + r"万元，项目支出执行率" + NUM + r"%", "万元", "%")
    c.rate(per_, pspent, proj, "项目支出执行率")
    c.sum(spent, [base, pspent], "全年支出 = 基本 + 项目")
    b, n_new, per = c.g(r"助餐点建设补贴" + NUM + r"万元。全年新建社区助餐点(\d+)个，每个补贴(\d+)万元", "万元", "", "万元")
    c.product(b, n_new, per, "建设补贴")
    by_st = c.g(r"分别新建(\d+)个、(\d+)个、(\d+)个、(\d+)个、(\d+)个")
    c.sum(n_new, list(by_st), "新建 by street")
    o, n_op, per_op = c.g(r"运营补贴" + NUM + r"万元，(\d+)个助餐点每个" + NUM + r"万元", "万元", "", "万元")
    c.product(o, n_op, per_op, "运营补贴")
    meal = c.g(r"3\.餐次补贴" + NUM + r"万元", "万元")
    train = c.g(r"培训经费" + NUM + r"万元", "万元")
    c.sum(pspent, [b, o, meal, train], "项目支出 = 建设 + 运营 + 餐次 + 培训")
    meals, last, gr = c.g(r"全年补贴就餐" + NUM + r"万餐，比2022年的" + NUM + r"万餐增长" + NUM + r"%", "", "", "%")
    c.rate(gr, N(str(meals.v - last.v)), last, "餐次 growth", bounded=False)
    prices = c.g(r"按每餐(\d+)元补贴" + NUM + r"万元；80周岁以上老年人" + NUM + r"万餐，按每餐(\d+)元补贴" + NUM +
                 r"万元；60—79周岁老年人" + NUM + r"万餐，按每餐(\d+)元补贴" + NUM + r"万元")
    m1 = c.g(r"低保及特困老年人" + NUM + r"万餐，按每餐")
    p1, s1, m2, p2, s2, m3, p3, s3 = prices
    for mm_, pp, ss_ in ((m1, p1, s1), (m2, p2, s2), (m3, p3, s3)):
        ss_.unit = "万元"
        c.product(ss_, mm_, pp, f"tier {mm_!r}万餐 x {pp!r}元")
    c.sum(meals, [m1, m2, m3], "meals by tier")
    c.sum(meal, [s1, s2, s3], "餐次补贴 by tier")
    streets = c.g(r"分别提供补贴餐" + NUM + r"万餐、" + NUM + r"万餐、" + NUM + r"万餐、" + NUM + r"万餐、" + NUM + r"万餐")
    c.sum(meals, streets, "餐次 by street")
    bal, bb, pb = c.g(r"年末结余" + NUM + r"万元，其中基本支出结余" + NUM + r"万元已上缴区财政；项目支出结余" + NUM + r"万元", "万元", "万元", "万元")
    c.diff(bal, annual, spent, "结余 = 全年 - 支出")
    c.diff(bb, base0, base, "基本支出结余")
    c.diff(pb, proj, pspent, "项目支出结余")
    c.sum(bal, [bb, pb], "结余 = 基本 + 项目")
    rows, total = indicator_rows(c.t)
    ex = row_by_name(rows, "部门预算执行率")
    c.rate(actual(rows, "部门预算执行率"), spent, annual, "执行率 table")
    c.same(er, actual(rows, "部门预算执行率"), "执行率 prose vs table")
    c.same(n_new, actual(rows, "新建社区助餐点"), "新建 prose vs table")
    c.same(c.g(r"全年新建社区助餐点(\d+)个，完成"), actual(rows, "新建社区助餐点"), "新建 restated")
    c.rec("completion_mismatch", abs(actual(rows, "新建社区助餐点").v / target(rows, "新建社区助餐点").v * 100
                                     - c.g(r"完成年度目标的(\d+)%").v) <= D("0.5"), "新建 completion prose")
    c.same(c.g(r"；补贴就餐" + NUM + r"万餐；"), actual(rows, "补贴助餐餐次"), "餐次 restated vs table")
    c.same(meals, actual(rows, "补贴助餐餐次"), "餐次 prose vs table")
    c.same(c.g(r"培训助餐服务人员(\d+)人次"), actual(rows, "助餐服务人员培训"), "培训 prose vs table")
    c.same(c.g(r"“三公”经费支出" + NUM + r"万元", "万元"), actual(rows, "“三公”经费"), "三公经费 prose vs table")
    m12, m11 = c.g(r"(\d+)个月中(\d+)个月按时完成")
    c.rate(actual(rows, "餐次补贴按月结算及时率"), m11, m12, "结算及时率 table")
    c.same(c.g(r"全年受益老年人(\d+)人"), actual(rows, "受益老年人数"), "受益 prose vs table")
    c.same(c.g(r"街道覆盖率" + NUM + r"%", "%"), actual(rows, "街道助餐服务覆盖率"), "街道覆盖率 prose vs table")
    c.same(c.g(r"辖区(\d+)个街道均设立"), N(str(len(streets))), "5 streets")
    n26, n24, run = c.g(r"(\d+)个助餐点中(\d+)个全年持续运营，持续运营率" + NUM + r"%", "", "", "%")
    c.rate(run, n24, n26, "持续运营率")
    c.same(run, actual(rows, "助餐点持续运营率"), "持续运营率 prose vs table")
    c.same(n26, n_op, "26 助餐点 restated")
    sat, st_t = c.g(r"就餐老年人满意度为" + NUM + r"%，低于" + NUM + r"%的目标", "%", "%")
    c.bounded(sat, "满意度 prose")
    c.same(sat, actual(rows, "就餐老年人满意度"), "满意度 prose vs table")
    c.same(st_t, target(rows, "就餐老年人满意度"), "满意度 target prose vs table")
    tot, es, so, sb, ss, lab = c.g(r"中心自评得分" + NUM + r"分，其中预算执行率得分" + NUM + r"分、产出指标得分" + NUM +
                                   r"分、效益指标得分" + NUM + r"分、满意度指标得分" + NUM + r"分，评价等级为“(\S)”")
    table_checks(c, rows, total, prose_total=tot,
                 blocks={"预算执行": (None, es), "产出指标": (None, so), "效益指标": (None, sb), "满意度指标": (None, ss)})
    c.same(tot, total["score"], "总分 prose vs table")
    c.grade(tot, lab, "grade")
    c.sum(target(rows, "新建社区助餐点"), [n_new, c.g(r"80%，(\d+)处选址")], "新建 target = 建成 + 未落实")
    c.year_eq(r"指导中心(\d{4})年度部门整体", "title year")
    c.year_eq(r"\n(\d{4})年部门年初预算", "budget year")
    c.year_issue(r"(\d{4})年(\d{1,2})月，省级下达", "省级资金下达")
    c.year_eq(r"\n(\d{4})年部门全年支出", "spending year")
    c.year_eq(r"(\d{4})年末在编在岗", "staff year")
    c.year_prev(r"比(\d{4})年的", "last-year comparison")
    c.year_later(r"已结转(\d{4})年", "结转")
    c.year_eq(r"附：(\d{4})年度部门整体", "table year")


def p_weibin(c):
    labels = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)", "预算执行率(%)"]
    fr = {k: table_row(c.t, k) for k in labels}
    cols = ["total", "sub", "中央", "省级", "市级", "区级", "结转", "其他"]

    def v(label, colname, unit="万元"):
        return cellnum(fr[label][2 + cols.index(colname)], unit)

    for lab in labels[:4]:
        c.sum(v(lab, "sub"), [v(lab, k) for k in ("中央", "省级", "市级", "区级")], f"{lab}: 财政小计")
        c.sum(v(lab, "total"), [v(lab, k) for k in ("sub", "结转", "其他")], f"{lab}: 年度总金额")
    for k in cols:
        c.diff(v("资金结余", k), v("实际到位资金", k), v("全年执行资金", k), f"(5)=(3)-(4) {k}")
        c.rate(v("预算到位率(%)", k, "%"), v("实际到位资金", k), v("全年预算资金", k), f"(6)=(3)/(2) {k}")
        c.rate(v("预算执行率(%)", k, "%"), v("全年执行资金", k), v("全年预算资金", k), f"(7)=(4)/(2) {k}")
    annual = c.g(r"项目全年预算" + NUM + r"万元", "万元")
    src = c.g(r"资金" + NUM + r"万元、省级补助资金" + NUM + r"万元、市级补助资金" + NUM + r"万元、区级财政资金" + NUM +
              r"万元、2024年结转资金" + NUM + r"万元", *["万元"] * 5)
    c.sum(annual, src, "全年预算 = 中央 + 省 + 市 + 区 + 结转")
    c.same(annual, v("全年预算资金", "total"), "全年 prose vs table")
    for n_, k in zip(src, ("中央", "省级", "市级", "区级", "结转")):
        c.same(n_, v("全年预算资金", k), f"{k} prose vs table")
    late = c.g(r"省级资金中" + NUM + r"万元于", "万元")
    recv = c.g(r"实际到位" + NUM + r"万元", "万元")
    c.same(recv, v("实际到位资金", "total"), "到位 prose vs table")
    c.diff(late, v("全年预算资金", "省级"), v("实际到位资金", "省级"), "省级未到位 = 预算 - 到位")
    spent, unspent, notrecv, idle = c.g(r"全年执行" + NUM + r"万元，未执行" + NUM + r"万元，其中未到位" + NUM +
                                        r"万元、已到位未支出" + NUM + r"万元", *["万元"] * 4)
    c.same(spent, v("全年执行资金", "total"), "执行 prose vs table")
    c.diff(unspent, annual, spent, "未执行 = 全年 - 执行")
    c.diff(notrecv, annual, recv, "未到位 = 全年 - 到位")
    c.diff(idle, recv, spent, "已到位未支出 = 到位 - 执行")
    c.sum(unspent, [notrecv, idle], "未执行 = 未到位 + 已到位未支出")
    c.same(notrecv, late, "未到位 restated")
    c.same(idle, v("资金结余", "total"), "结余 prose vs table")
    b, n_b, p_b = c.g(r"建设补贴" + NUM + r"万元，为(\d+)个新建（改造）助餐点每个(\d+)万元", "万元", "", "万元")
    c.product(b, n_b, p_b, "建设补贴")
    c.same(p_b, c.g(r"一次性建设补贴每个(\d+)万元", "万元"), "建设补贴标准 restated")
    o, n_o, p_o = c.g(r"运营补贴" + NUM + r"万元，(\d+)个助餐点每个(\d+)万元", "万元", "", "万元")
    c.product(o, n_o, p_o, "运营补贴")
    c.same(p_o, c.g(r"运营补贴每个每年(\d+)万元", "万元"), "运营补贴标准 restated")
    meal = c.g(r"餐次补贴" + NUM + r"万元。", "万元")
    c.sum(spent, [b, o, meal], "执行 = 建设 + 运营 + 餐次")
    meals, last, gr = c.g(r"补贴就餐" + NUM + r"万餐，比2024年的" + NUM + r"万餐增长" + NUM + r"%", "", "", "%")
    c.rate(gr, N(str(meals.v - last.v)), last, "餐次 growth", bounded=False)
    tiers(c, r"低保及重度残疾老年人每餐(\d+)元，80周岁以上老年人每餐(\d+)元，其他60—79周岁老年人每餐(\d+)元",
          r"低保及重度残疾老年人" + NUM + r"万餐，补贴" + NUM + r"万元；80周岁以上老年人" + NUM + r"万餐，补贴" + NUM +
          r"万元；60—79周岁老年人" + NUM + r"万餐，补贴" + NUM + r"万元", meals, meal, "餐次补贴")
    streets = c.g(r"分别为" + NUM + r"万餐、" + NUM + r"万餐、" + NUM + r"万餐、" + NUM + r"万餐、" + NUM + r"万餐，")
    c.sum(meals, streets, "餐次 by street")
    n_pt, avg = c.g(r"(\d+)个助餐点平均每点" + NUM + r"万餐")
    c.avg(avg, meals, n_pt, "平均每点")
    c.same(n_pt, n_o, "24 助餐点 restated")
    rows, _ = indicator_rows(c.t)
    n8, n6, on = c.g(r"(\d+)个新建（改造）助餐点中(\d+)个当年投入运营，投运率" + NUM + r"%", "", "", "%")
    c.rate(on, n6, n8, "投运率")
    c.same(on, actual(rows, "新建助餐点当年投运率"), "投运率 prose vs table")
    c.same(n8, actual(rows, "新建（改造）社区助餐点"), "新建 prose vs table")
    c.same(n_b, actual(rows, "新建（改造）社区助餐点"), "新建 (funds) vs table")
    c.same(meals, actual(rows, "补贴助餐餐次"), "餐次 prose vs table")
    n40, n17, cov = c.g(r"全区(\d+)个行政村中(\d+)个实现助餐服务覆盖，覆盖率" + NUM + r"%", "", "", "%")
    c.rate(cov, n17, n40, "农村覆盖率")
    c.same(cov, actual(rows, "农村助餐服务覆盖率"), "覆盖率 prose vs table")
    n24, n21, run = c.g(r"(\d+)个助餐点中(\d+)个全年持续运营，持续运营率" + NUM + r"%", "", "", "%")
    c.rate(run, n21, n24, "持续运营率")
    c.same(run, actual(rows, "助餐点持续运营率"), "持续运营率 prose vs table")
    c.same(c.g(r"受益老年人(\d+)人，约占"), actual(rows, "受益老年人数"), "受益 prose vs table")
    sat = c.g(r"就餐老年人满意度为" + NUM + r"%", "%")
    c.bounded(sat, "满意度 prose")
    c.same(sat, actual(rows, "就餐老年人满意度"), "满意度 prose vs table")
    er = c.g(r"预算执行率只有" + NUM + r"%", "%")
    c.rate(er, spent, annual, "执行率 prose")
    c.rate(actual(rows, "预算执行率"), spent, annual, "执行率 table")
    c.same(er, v("预算执行率(%)", "total", "%"), "执行率 prose vs funds table")
    c.same(late, c.g(r"一是省级资金下达较晚，" + NUM + r"万元", "万元"), "未到位 restated")
    tot, lab = c.g(r"总得分" + NUM + r"分，属于“(\S+)”")
    so, wo, sb, wb = c.g(r"产出指标得分" + NUM + r"分（权重(\d+)分），效益指标得分" + NUM + r"分（权重(\d+)分）")
    table_checks(c, rows, None, prose_total=tot, blocks={"产出指标": (wo, so), "效益指标": (wb, sb)})
    c.grade(tot, lab, "grade")
    c.year_eq(r"民政局(\d{4})年度社区", "title year")
    g = c.g(r"新建（改造）社区助餐点(\d+)个，全年补贴就餐(\d+)万餐以上，受益老年人(\d+)人以上，农村助餐服务覆盖行政村比例达到(\d+)%，"
            r"就餐老年人满意度(\d+)%以上", "个", "万餐", "人", "%", "%")
    for a, nm in zip(g, ("新建（改造）社区助餐点", "补贴助餐餐次", "受益老年人数", "农村助餐服务覆盖率", "就餐老年人满意度")):
        c.same(a, target(rows, nm), f"goal {nm} vs table target")
    c.sum(n8, [n6, c.g(r"投运率\d+%；(\d+)个位于马营镇")], "新建 = 投运 + 延期")
    c.same(p_o, actual(rows, "单点年度运营补贴"), "运营补贴 standard vs table")
    c.same(c.g(r"其他60—79周岁老年人每餐(\d+)元", "元"), actual(rows, "低龄老人每餐补贴"), "低龄 price vs table")
    c.year_eq(r"\n(\d{4})年项目全年预算", "budget year")
    c.year_eq(r"区政府(\d{4})年民生实事", "plan year")
    c.year_issue(r"于(\d{4})年(\d{1,2})月下达", "省级资金下达")
    c.year_prev(r"、(\d{4})年结转资金", "上年结转 year")
    c.year_prev(r"比(\d{4})年的", "last-year comparison")
    c.year_later(r"均结转(\d{4})年", "结转")


PROJECTS = {
    "hb-xialu-zhucan-2019": (2019, p_xialu),
    "sc-jiangyang-zhucan-2020": (2020, p_jiangyang),
    "ha-jinshui-zhucan-2022": (2022, p_jinshui),
    "sd-laishan-zhucan-bumen-2023": (2023, p_laishan),
    "sn-weibin-zhucan-2025": (2025, p_weibin),
}


def run_checks(source, text, name):
    year, fn = PROJECTS[source]
    c = Ctx(name, text, year)
    fn(c)
    return c


def single_edit(a, b):
    """(start, old_end, new_end) of the one differing region between a and b."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    q = 0
    while q < min(len(a), len(b)) - p and a[len(a) - 1 - q] == b[len(b) - 1 - q]:
        q += 1
    return p, len(a) - q, len(b) - q


def main():
    problems = []
    labels = [json.loads(x) for x in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if x.strip()]
    if len(labels) != 35:
        problems.append(f"labels.jsonl has {len(labels)} lines, expected 35")
    codes = Counter()
    clean_text = {}
    for rec in labels:
        if rec["clean"]:
            clean_text[rec["source"]] = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
    if sorted(clean_text) != sorted(PROJECTS):
        problems.append(f"clean drafts {sorted(clean_text)}")
    n_checks = 0
    for rec in labels:
        name = rec["case"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        try:
            c = run_checks(rec["source"], text, name)
        except ParseError as exc:
            problems.append(f"{name}: cannot read figures: {exc}")
            continue
        n_checks += c.count
        failing = sorted({code for code, _ in c.fails})
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with labels")
            if c.fails:
                problems.append(f"{name}: clean draft fails {c.fails}")
            if c.warns:
                problems.append(f"{name}: clean draft has score-rule warnings {c.warns}")
            if not 1500 <= len(text) <= 5000:
                problems.append(f"{name}: {len(text)} characters")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: {len(exp)} labels, expected 1")
            continue
        lab = exp[0]
        codes[lab["code"]] += 1
        if lab["code"] not in CODES or lab["severity"] != "error":
            problems.append(f"{name}: bad code/severity {lab}")
        if failing != [lab["code"]]:
            problems.append(f"{name}: labelled {lab['code']}, checks fail {failing}: {c.fails}")
        cnt = text.count(lab["value"])
        if cnt != 1:
            problems.append(f"{name}: value {lab['value']!r} occurs {cnt} times")
        base = clean_text[rec["source"]]
        s, e_old, e_new = single_edit(base, text)
        if max(e_old - s, e_new - s) > 40 or e_new - s + e_old - s == 0:
            problems.append(f"{name}: edit size old {e_old - s} new {e_new - s}")
        vs = text.find(lab["value"])
        ve = vs + len(lab["value"])
        es, ee = s, max(e_new, s + 1)
        if not (vs < ee and es < ve):
            problems.append(f"{name}: edit [{s},{e_new}) does not overlap value [{vs},{ve})")
        # the changed figure must lie inside the value
        if not (vs <= s and e_new <= ve):
            problems.append(f"{name}: edit [{s},{e_new}) not inside value [{vs},{ve})")
        print(f"{name:40s} {lab['code']:22s} fails={failing} warnings={len(c.warns)}")
    for code in CODES:
        if codes[code] < 2:
            problems.append(f"code {code} used {codes[code]} times")
    extra = set(codes) - set(CODES)
    if extra:
        problems.append(f"unknown codes {extra}")
    print(f"identity checks run: {n_checks}; codes: {dict(sorted(codes.items()))}")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
