#!/usr/bin/env python3
"""Verify this labelled set (standard library only, decimal.Decimal arithmetic).

1. every label value occurs in its case; every error case differs from its clean draft in
   one contiguous place that overlaps the label value; each of the 13 codes occurs >= 2 times;
2. the arithmetic of every draft is redone by per-project checks (funds sums, rates, balances,
   weights, scores, grade, completion, averages, text <-> table equality, units, years):
   all checks pass on the clean drafts; on an error case the labelled code fails and no other
   error-level code fails.
Tolerance (rules.md section 8): a stated value with d decimals matches a computed value c
when |c - v| <= 0.5 * 10^-d (+1e-9).  Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
EPS = Decimal("1e-9")
SCALES = [Decimal(10) ** 4, Decimal(10) ** -4, Decimal(10) ** 8, Decimal(10) ** -8]


class VerifyBug(Exception):
    pass


# ---------------------------------------------------------------- numbers
def D(s):
    return Decimal(str(s).replace(",", "").strip())


def places(s):
    s = str(s).strip()
    return len(s.split(".")[1]) if "." in s else 0


def near(stated, value):
    return abs(D(stated) - value) <= Decimal("0.5") * Decimal(10) ** -places(stated) + EPS


def r2(x):
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


UNIT_FACTOR = {"元": Decimal("0.0001"), "万元": Decimal(1), "亿元": Decimal(10000)}


def one(text, pat):
    ms = list(re.finditer(pat, text))
    if len(ms) != 1:
        raise VerifyBug(f"pattern {pat!r} matched {len(ms)} times")
    return ms[0]


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


# ---------------------------------------------------------------- check context
class Ctx:
    def __init__(self, name):
        self.name = name
        self.fails = []   # (code, message)
        self.warns = []   # score-rule and other warning-level notes
        self.count = 0

    def fail(self, code, msg):
        self.fails.append((code, msg))

    def check(self, code, ok, msg):
        self.count += 1
        if not ok:
            self.fail(code, msg)

    # sums -------------------------------------------------------------
    def sum_(self, label, total_s, parts, total_unit="万元", part_units=None, code="sum_mismatch"):
        """total_s (string) = sum of parts (strings); units per part optional; a single part or the
        total off by 10^4 / 10^8 is reported as unit_mismatch (most specific explanation)."""
        self.count += 1
        part_units = part_units or [total_unit] * len(parts)
        tf = UNIT_FACTOR.get(total_unit, Decimal(1))
        vals = [D(p) * UNIT_FACTOR.get(u, Decimal(1)) / tf for p, u in zip(parts, part_units)]
        if near(total_s, sum(vals)):
            return
        for i in range(len(vals)):
            for k in SCALES:
                trial = sum(vals) - vals[i] + vals[i] * k
                if near(total_s, trial):
                    self.fail("unit_mismatch", f"{label}: part {parts[i]} off by a power of ten")
                    return
        for k in SCALES:
            if abs(D(total_s) * k - sum(vals)) <= EPS + Decimal("0.5") * Decimal(10) ** -places(total_s) * k:
                self.fail("unit_mismatch", f"{label}: total {total_s} off by a power of ten")
                return
        self.fail(code, f"{label}: {' + '.join(parts)} = {sum(vals)} != {total_s}")

    def product(self, label, total_s, total_unit, count, per_s, per_unit):
        """count x per-unit amount = total (amounts normalised to 万元)."""
        self.count += 1
        t = D(total_s) * UNIT_FACTOR[total_unit]
        p = D(count) * D(per_s) * UNIT_FACTOR[per_unit]
        tol = Decimal("0.5") * Decimal(10) ** -places(total_s) * UNIT_FACTOR[total_unit] + EPS
        if abs(t - p) <= tol:
            return
        for k in SCALES:
            if abs(t - p * k) <= tol:
                self.fail("unit_mismatch", f"{label}: {count} x {per_s}{per_unit} off by a power of ten vs {total_s}{total_unit}")
                return
        self.fail("sum_mismatch", f"{label}: {count} x {per_s}{per_unit} != {total_s}{total_unit}")

    # rates ------------------------------------------------------------
    def rate(self, label, rate_s, num, den):
        """stated rate (percent, string; '—' = not printed) vs num/den (Decimals or strings)."""
        self.count += 1
        num, den = D(num), D(den)
        if rate_s.strip() in ("—", "-", ""):
            return
        r = D(rate_s)
        if den == 0:
            if r != 0:
                self.fail("implausible_rate", f"{label}: rate {rate_s}% on a zero base")
            return
        c = num / den * 100
        if not near(rate_s, c):
            for k in SCALES:
                if near(rate_s, c * k):
                    self.fail("unit_mismatch", f"{label}: amount off by a power of ten")
                    return
            self.fail("rate_mismatch", f"{label}: {num}/{den} = {c:.4f}% != {rate_s}%")
            return
        if r > 100:
            self.fail("implausible_rate", f"{label}: rate {rate_s}% above 100%")

    def pct_range(self, label, rate_s):
        self.count += 1
        r = D(rate_s)
        if r < 0 or r > 100:
            self.fail("implausible_rate", f"{label}: {rate_s}% outside 0-100%")

    # balance, equality, average, grade, year ---------------------------
    def balance(self, label, bal_s, a, b):
        self.count += 1
        c = D(a) - D(b)
        if not near(bal_s, c):
            self.fail("balance_mismatch", f"{label}: {a} - {b} = {c} != {bal_s}")

    def diff(self, label, diff_s, a, b):
        """a stated difference between two stated figures (not a fund balance)"""
        self.count += 1
        c = D(a) - D(b)
        if not near(diff_s, c):
            self.fail("sum_mismatch", f"{label}: {a} - {b} = {c} != {diff_s}")

    def same(self, label, a_s, b_s, a_unit="", b_unit=""):
        """the same quantity stated twice; off by a power of ten -> unit_mismatch"""
        self.count += 1
        fa = UNIT_FACTOR.get(a_unit, Decimal(1)) if a_unit in UNIT_FACTOR else Decimal(1)
        fb = UNIT_FACTOR.get(b_unit, Decimal(1)) if b_unit in UNIT_FACTOR else Decimal(1)
        a = D(a_s) * fa
        b = D(b_s) * fb
        if near(a_s, b / fa) or near(b_s, a / fb):
            return
        for k in SCALES:
            if abs(a - b * k) <= EPS or abs(a * k - b) <= EPS:
                self.fail("unit_mismatch", f"{label}: {a_s}{a_unit} vs {b_s}{b_unit} (power of ten)")
                return
        self.fail("conflicting_values", f"{label}: {a_s}{a_unit} vs {b_s}{b_unit}")

    def average(self, label, avg_s, items, divisor=None):
        self.count += 1
        vals = [D(x) for x in items]
        c = sum(vals) / (D(divisor) if divisor is not None else len(vals))
        if not near(avg_s, c):
            self.fail("average_mismatch", f"{label}: mean {c:.4f} != {avg_s}")

    def grade(self, label, total_s, word):
        self.count += 1
        g = GRADE_NORM.get(word)
        if g is None:
            raise VerifyBug(f"unknown grade word {word!r}")
        if g != grade_of(D(total_s)):
            self.fail("grade_mismatch", f"{label}: {total_s} -> {grade_of(D(total_s))}, stated {word}")

    def year_eq(self, label, y, eval_year):
        self.count += 1
        if int(y) != eval_year:
            self.fail("year_mismatch", f"{label}: {y} != evaluation year {eval_year}")

    def year_after(self, label, y, eval_year):
        self.count += 1
        if int(y) <= eval_year:
            self.fail("year_mismatch", f"{label}: carry-over to {y}, not after {eval_year}")

    # indicator tables ---------------------------------------------------
    def indicators(self, rows, exec_weight, exec_score, total_weight_s, total_score_s,
                   level_weights=None, level_scores=None):
        """rows: dicts with level1, name, target, actual, weight, score, optional completion.
        exec_weight/exec_score: strings of the execution line when it is not among rows (else None)."""
        wsum = sum(D(r["weight"]) for r in rows) + (D(exec_weight) if exec_weight else 0)
        ssum = sum(D(r["score"]) for r in rows) + (D(exec_score) if exec_score else 0)
        self.count += 1
        if wsum != 100:
            self.fail("weight_sum_mismatch", f"weights total {wsum}")
        if total_weight_s is not None:
            self.count += 1
            if D(total_weight_s) != wsum:
                self.fail("weight_sum_mismatch", f"total weight {total_weight_s} != sum {wsum}")
        if total_score_s is not None:
            self.count += 1
            if not near(total_score_s, ssum):
                self.fail("score_sum_mismatch", f"sum of scores {ssum} != {total_score_s}")
        by1w, by1s = {}, {}
        for r in rows:
            by1w[r["level1"]] = by1w.get(r["level1"], 0) + D(r["weight"])
            by1s[r["level1"]] = by1s.get(r["level1"], 0) + D(r["score"])
        for lvl, w in (level_weights or {}).items():
            self.count += 1
            if D(w) != by1w.get(lvl, 0):
                self.fail("weight_sum_mismatch", f"{lvl}: weights {by1w.get(lvl)} != {w}")
        for lvl, s in (level_scores or {}).items():
            self.count += 1
            if not near(s, by1s.get(lvl, Decimal(0))):
                self.fail("score_sum_mismatch", f"{lvl}: scores {by1s.get(lvl)} != {s}")
        for r in rows:
            self.row(r)

    def row(self, r):
        w, s = D(r["weight"]), D(r["score"])
        self.count += 1
        if s > w or s < 0:
            self.fail("score_exceeds_weight", f"{r['name']}: score {s} > weight {w}")
        t = parse_target(r["target"])
        a = parse_value(r["actual"])
        if t is None:
            # qualitative: score must sit in a band (warning only)
            return
        if a is None:
            self.fail("unit_mismatch", f"{r['name']}: quantitative target, actual {r['actual']!r}")
            return
        direction, tv, tu = t
        av, au = a
        self.count += 1
        if tu != au:
            self.fail("unit_mismatch", f"{r['name']}: target unit {tu!r}, actual unit {au!r}")
            return
        if direction == "lte":
            comp = Decimal(100) if av <= tv else tv / av * 100
        else:
            comp = av / tv * 100
        if "满意" in r["name"] and tu == "%":
            self.pct_range(r["name"], str(av))
        if r.get("completion") not in (None, "—", ""):
            self.count += 1
            if not near(r["completion"].rstrip("%"), comp):
                self.fail("completion_mismatch", f"{r['name']}: completion {comp:.4f} != {r['completion']}")
        # score rule (warning level only): full marks when met, proportional otherwise
        expect = w if comp >= 100 else r2(w * comp / 100)
        if not near(r["score"], expect) and not near(r["score"], r2(w * min(comp, Decimal(100)) / 100)):
            self.warns.append(f"score_rule: {r['name']} score {r['score']} expected {expect}")


SIGNS = {"≥": "gte", "＞": "gte", ">": "gte", "≤": "lte", "＜": "lte", "<": "lte", "=": "eq"}


def parse_target(s):
    s = s.strip()
    m = re.match(r"^(≥|≤|＞|＜|>|<|=)?\s*([0-9]+(?:\.[0-9]+)?)\s*(.*)$", s)
    if not m:
        return None
    return (SIGNS.get(m.group(1), "eq"), D(m.group(2)), m.group(3).strip())


def parse_value(s):
    m = re.match(r"^([0-9]+(?:\.[0-9]+)?)\s*(.*)$", s.strip())
    if not m:
        return None
    return (D(m.group(1)), m.group(2).strip())


def bar_rows(text, first_cells, sep="｜"):
    out = []
    for line in text.splitlines():
        if sep in line:
            cells = line.split(sep)
            if cells[0] in first_cells:
                out.append(cells)
    return out


def md_rows(text):
    out = []
    for line in text.splitlines():
        if line.startswith("|") and not line.startswith("|---"):
            out.append([c.strip() for c in line.strip().strip("|").split("|")])
    return out


def targets(c, pairs, by):
    """goal text <-> table target: pairs of (number in text, row name)"""
    for val, name in pairs:
        t = parse_target(by[name]["target"])
        c.same(f"target {name} text/table", val, t[1])


# ================================================================ project A
def check_xiajiang(t):
    c = Ctx("xiajiang")
    Y = 2019
    c.year_eq("title year", one(t, r"\n(\d{4})年度文艺精品创作扶持项目支出").group(1), Y)
    c.year_eq("budget year", one(t, r"(\d{4})年年初预算").group(1), Y)
    f = {r[0]: r for r in bar_rows(t, {"年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"})}
    tot, fis, car, oth = f["年度资金总额"], f["其中：当年财政拨款"], f["上年结转资金"], f["其他资金"]
    for col, lab in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum_(f"funds {lab}", tot[col], [fis[col], car[col], oth[col]])
    for r in (tot, fis, car, oth):
        c.rate(f"rate {r[0]}", r[5].rstrip("%"), r[3], r[2])
    # prose: budget build-up
    ini = one(t, r"年年初预算(\d+\.\d+)万元").group(1)
    add = one(t, r"追加(\d+\.\d+)万元").group(1)
    carry = one(t, r"2018年结转资金(\d+\.\d+)万元").group(1)
    annual = one(t, r"全年预算合计(\d+\.\d+)万元").group(1)
    c.sum_("annual = initial + added + carry-over", annual, [ini, add, carry])
    c.same("initial budget text/table", ini, fis[1])
    c.sum_("table fiscal annual = initial + added", fis[2], [ini, add])
    c.same("carry-over text/table", carry, car[2])
    c.same("annual budget text/table", annual, tot[2])
    c.rate("到位率 (all funds received)", one(t, r"到位率(\d+)%").group(1), annual, annual)
    m = one(t, r"全年实际支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%，其中当年财政拨款支出(\d+\.\d+)万元，上年结转资金支出(\d+\.\d+)万元")
    spent, rate, sp_f, sp_c = m.groups()
    c.rate("execution rate text", rate, spent, annual)
    c.same("spent text/table", spent, tot[3])
    c.same("execution rate text/table", rate, tot[5].rstrip("%"))
    c.sum_("spent by source", spent, [sp_f, sp_c])
    c.same("fiscal spent text/table", sp_f, fis[3])
    c.same("carry-over spent text/table", sp_c, car[3])
    # spending by use
    m = one(t, r"文学作品出版资助(\d+\.\d+)万元，按每部(\d+)(元|万元)的标准资助(\d+)部")
    pub, per, per_u, nworks = m.groups()
    c.product("publication subsidy", pub, "万元", nworks, per, per_u)
    exh = one(t, r"展览3场(\d+\.\d+)万元").group(1)
    m = one(t, r"编印(\d+)期(\d+\.\d+)万元，每期印制及稿酬(\d+\.\d+)万元")
    c.average("magazine cost per issue", m.group(3), [m.group(2)], divisor=m.group(1))
    mag = m.group(2)
    train = one(t, r"采风及创作培训5期(\d+\.\d+)万元").group(1)
    m = one(t, r"剧本创作扶持(\d+)部，每部(\d+)(元|万元)，计(\d+\.\d+)万元")
    c.product("script subsidy", m.group(4), "万元", m.group(1), m.group(2), m.group(3))
    script = m.group(4)
    old = one(t, r"3部作品印制费(\d+\.\d+)万元").group(1)
    c.sum_("spending by use", spent, [pub, exh, mag, train, script, old])
    c.same("old-project payment = carry-over spent", old, sp_c)
    bal = one(t, r"年末尚未支出(\d+\.\d+)万元").group(1)
    c.balance("unspent", bal, annual, spent)
    c.year_after("carry-over year", one(t, r"结转至(\d{4})年").group(1), Y)
    # indicator table
    rows = []
    for r in bar_rows(t, {"产出指标", "效益指标", "满意度指标"}):
        if len(r) != 8:
            raise VerifyBug(f"row {r}")
        rows.append(dict(level1=r[0], name=r[2], target=r[3], actual=r[4], weight=r[5], score=r[6]))
    total = bar_rows(t, {"总分"})[0]
    m = one(t, r"预算执行率得分(\d+\.\d+)分，产出指标得分(\d+\.\d+)分，效益指标得分(\d+\.\d+)分，满意度指标得分(\d+\.\d+)分")
    c.same("execution score text/table", m.group(1), tot[6])
    c.indicators(rows, tot[4], tot[6], total[5], total[6],
                 level_scores={"产出指标": m.group(2), "效益指标": m.group(3), "满意度指标": m.group(4)})
    # execution score rule (warning level)
    if not near(tot[6], r2(D(tot[4]) * min(D(tot[3]) / D(tot[2]), Decimal(1)))):
        c.warns.append("score_rule: execution score")
    m = one(t, r"自评得分(\d+\.\d+)分，评价等级为(优秀|优|良好|良|中等|中|差)。")
    c.same("total text/table", m.group(1), total[6])
    c.grade("grade", m.group(1), m.group(2))
    byname = {r["name"]: r for r in rows}
    c.same("works published text/table", nworks, parse_value(byname["资助文学作品出版"]["actual"])[0])
    c.same("subsidy standard text/table", per, parse_value(byname["每部作品出版资助标准"]["actual"])[0], per_u, "万元")
    m = one(t, r"文学作品(\d+)部，比2018年的(\d+)部增加(\d+)部")
    c.same("works (outputs) text/table", m.group(1), nworks)
    c.diff("increase on 2018", m.group(3), m.group(1), m.group(2))
    m = one(t, r"开展采风及创作培训(\d+)期，在原计划(\d+)期的基础上增设青年作者改稿班(\d+)期，为目标的(\d+)%")
    c.sum_("training sessions", m.group(1), [m.group(2), m.group(3)])
    c.check("completion_mismatch", near(m.group(4), D(m.group(1)) / D(m.group(2)) * 100), "training completion")
    m = one(t, r"发表或获奖(\d+)件，完成目标的(\d+)%")
    tgt = parse_target(byname["扶持作品在市级以上报刊发表或获奖"]["target"])[1]
    c.check("completion_mismatch", near(m.group(2), D(m.group(1)) / tgt * 100), "prize completion")
    c.same("prizes text/table", m.group(1), parse_value(byname["扶持作品在市级以上报刊发表或获奖"]["actual"])[0])
    c.same("reach text/table", one(t, r"全年惠及群众(\d+\.\d+)万人次").group(1),
           parse_value(byname["展览及读物惠及群众"]["actual"])[0])
    c.same("new members text/table", one(t, r"新发展会员(\d+)人").group(1),
           parse_value(byname["新发展协会会员"]["actual"])[0])
    m = one(t, r"资助出版本土文学作品不少于(\d+)部，举办美术书法摄影展览不少于(\d+)场，编印《玉笥文艺》(\d+)期，"
               r"开展采风及创作培训不少于(\d+)期，扶持红色题材剧本不少于(\d+)部并推动进入排演；扶持作品在市级以上报刊"
               r"发表或获奖不少于(\d+)件；展览和读物惠及群众(\d+)万人次以上；文艺工作者及观众满意度不低于(\d+)%")
    targets(c, zip(m.groups(), ["资助文学作品出版", "举办美术书法摄影展览", "《玉笥文艺》编印", "采风及创作培训",
                                "红色题材剧本进入排演", "扶持作品在市级以上报刊发表或获奖", "展览及读物惠及群众",
                                "文艺工作者及观众满意度"]), byname)
    c.same("magazine issues text/table", one(t, r"编印(\d+)期\d").group(1), parse_value(byname["《玉笥文艺》编印"]["actual"])[0])
    c.same("exhibitions text/table", one(t, r"摄影展等展览(\d+)场").group(1), parse_value(byname["举办美术书法摄影展览"]["actual"])[0])
    c.same("payment days text/table", one(t, r"作品验收后(\d+)个工作日内拨付").group(1),
           parse_value(byname["资助款验收后拨付时限"]["actual"])[0])
    m = one(t, r"问卷(\d+)份，表示满意的(\d+)份，满意度(\d+\.\d+)%")
    c.rate("satisfaction", m.group(3), m.group(2), m.group(1))
    c.same("satisfaction text/table", m.group(3), byname["文艺工作者及观众满意度"]["actual"].rstrip("%"))
    return c


# ================================================================ project B
def flat_table(t, start_marker):
    body = t[t.index(start_marker):]
    body = body.split("\n", 1)[1]
    blocks = body.split("\n\n")
    rows = []
    for b in blocks:
        lines = b.split("\n")
        if not lines or not lines[0].startswith("\t"):
            break
        rows.append([ln[1:] if ln.startswith("\t") else ln for ln in lines])
    return rows


def check_huating(t):
    c = Ctx("huating")
    Y = 2022
    c.year_eq("title year", one(t, r"\n(\d{4})年度群众文艺活动经费项目").group(1), Y)
    c.year_eq("opening year", one(t, r"对(\d{4})年度群众文艺活动经费").group(1), Y)
    c.year_eq("budget year", one(t, r"\n(\d{4})年项目全年预算").group(1), Y)
    adv = one(t, r"于(\d{4})年12月提前下达").group(1)
    c.year_eq("advance issued the December before", int(adv) + 1, Y)
    f = {}
    for line in t.splitlines():
        cells = line.split("\t")
        if cells[0] in ("市级财政资金", "省级补助资金", "合计") and len(cells) == 6:
            f[cells[0]] = cells
    city, prov, tot = f["市级财政资金"], f["省级补助资金"], f["合计"]
    for col, lab in ((1, "年初"), (2, "全年"), (3, "到位"), (4, "执行")):
        c.sum_(f"funds {lab}", tot[col], [city[col], prov[col]])
    for r in (city, prov, tot):
        c.rate(f"rate {r[0]}", r[5].rstrip("%"), r[4], r[2])
    m = one(t, r"年初市级财政预算(\d+\.\d+)万元与省级补助资金(\d+\.\d+)万元之和")
    c.same("city initial text/table", m.group(1), city[1])
    c.same("province text/table", m.group(2), prov[2])
    c.sum_("annual = city + province", tot[2], [m.group(1), m.group(2)])
    c.same("evaluated amount (opening) vs annual budget", one(t, r"活动经费(\d+\.\d+)万元的使用情况").group(1), tot[2])
    c.rate("到位率", one(t, r"实际到位率(\d+)%").group(1), tot[3], tot[2])
    m = one(t, r"全年支出(\d+\.\d+)万元，执行率(\d+\.\d+)%")
    spent = m.group(1)
    c.same("spent text/table", spent, tot[4])
    c.rate("execution rate text", m.group(2), spent, tot[2])
    c.balance("year-end balance", one(t, r"年末结余(\d+\.\d+)万元").group(1), tot[3], spent)
    # outputs and spending
    m = one(t, r"展演(\d+)场（(\d{4})年为(\d+)场），每场补助(\d+)(元|万元)，支出(\d+\.\d+)万元")
    shows, ly = m.group(1), m.group(2)
    c.year_eq("last year's figure is the year before", int(ly) + 1, Y)
    c.product("village gala subsidy", m.group(6), "万元", shows, m.group(4), m.group(5))
    per_show, per_show_u, gala = m.group(4), m.group(5), m.group(6)
    m = one(t, r"现场观众合计(\d+\.\d+)万人次，场均(\d+)人次")
    aud = m.group(1)
    c.average("audience per show", m.group(2), [D(aud) * 10000], divisor=shows)
    tour = one(t, r"下乡演出(\d+)场，支出(\d+\.\d+)万元")
    m = one(t, r"各期分别培训([0-9、]+)人次，共(\d+)人次，期均(\d+)人次，支出(\d+\.\d+)万元")
    items = m.group(1).split("、")
    c.sum_("trainees", m.group(2), items)
    c.average("trainees per session", m.group(3), items)
    trainees, train_cost = m.group(2), m.group(4)
    folk = one(t, r"服装道具购置支出(\d+\.\d+)万元").group(1)
    c.sum_("spending by use", spent, [gala, tour.group(2), train_cost, folk])
    m = one(t, r"展演节目(\d+)个，其中原创及本土题材节目(\d+)个，占比(\d+)%")
    c.rate("share of original programmes", m.group(3), m.group(2), m.group(1))
    share = m.group(3)
    m = one(t, r"较(\d{4})年的(\d+\.\d+)万人次增长(\d+\.\d+)%")
    c.year_eq("growth base year", int(m.group(1)) + 1, Y)
    c.rate("audience growth", m.group(3), D(aud) - D(m.group(2)), m.group(2))
    teams = one(t, r"群众文艺队伍(\d+)支，未达到").group(1)
    m = one(t, r"发放问卷(\d+)份，回收有效问卷(\d+)份，其中表示满意的(\d+)份，满意度(\d+\.\d+)%")
    c.rate("satisfaction", m.group(4), m.group(3), m.group(2))
    sat = m.group(4)
    # indicator table (flattened)
    rows_raw = flat_table(t, "附件：项目支出绩效自评表")
    header, body = rows_raw[0], rows_raw[1:]
    if header[0] != "一级指标":
        raise VerifyBug("flat table header")
    rows, lvl, total = [], None, None
    for r in body:
        if len(r) != 8:
            raise VerifyBug(f"flat row {r}")
        if r[0] == "合计":
            total = r
            continue
        lvl = r[0] or lvl
        rows.append(dict(level1=lvl, name=r[2], weight=r[3], target=r[4], actual=r[5], completion=r[6], score=r[7]))
    m = one(t, r"预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
    c.indicators(rows, None, None, total[3], total[7],
                 level_weights={"预算执行": m.group(1), "产出指标": m.group(2), "效益指标": m.group(3),
                                "满意度指标": m.group(4)})
    by = {r["name"]: r for r in rows}
    ex = by["预算执行率"]
    c.same("execution actual vs funds rate", ex["actual"].rstrip("%"), tot[5].rstrip("%"))
    m = one(t, r"自评得分(\d+\.\d+)分，评价等级为“(优秀|优|良好|良|中等|中|差)”")
    c.same("total text/table", m.group(1), total[7])
    c.grade("grade", m.group(1), m.group(2))
    c.same("shows text/table", shows, parse_value(by["村晚及广场文艺展演场次"]["actual"])[0])
    c.same("tours text/table", tour.group(1), parse_value(by["“文艺轻骑兵”下乡演出场次"]["actual"])[0])
    c.same("trainees text/table", trainees, parse_value(by["群众文艺骨干培训人次"]["actual"])[0])
    c.same("share text/table", share, parse_value(by["展演节目原创及本土题材占比"]["actual"])[0])
    c.same("subsidy standard text/table", per_show, parse_value(by["每场村晚补助标准"]["actual"])[0],
           per_show_u, "万元")
    c.same("audience text/table", aud, parse_value(by["现场观众人次"]["actual"])[0])
    c.same("teams text/table", teams, parse_value(by["新组建群众文艺队伍"]["actual"])[0])
    c.same("satisfaction text/table", sat, parse_value(by["群众满意度"]["actual"])[0])
    m = one(t, r"展演不少于(\d+)场、“文艺轻骑兵”下乡演出不少于(\d+)场，培训群众文艺骨干不少于(\d+)人次；展演节目中"
               r"原创及本土题材占比不低于(\d+)%；活动补助在活动结束后(\d+)天内发放；现场观众不少于(\d+\.\d+)万人次；"
               r"新组建群众文艺队伍不少于(\d+)支；群众满意度不低于(\d+)%")
    targets(c, zip(m.groups(), ["村晚及广场文艺展演场次", "“文艺轻骑兵”下乡演出场次", "群众文艺骨干培训人次",
                                "展演节目原创及本土题材占比", "活动补助发放时限", "现场观众人次", "新组建群众文艺队伍",
                                "群众满意度"]), by)
    c.same("teams target (two mentions)", one(t, r"未达到(\d+)支的目标").group(1), m.group(7))
    c.same("training sessions text (count of items)", one(t, r"骨干培训(\d+)期").group(1), len(items))
    c.same("standard text (per show) vs text (cap)", per_show, one(t, r"每场不超过(\d+\.\d+)万元").group(1), per_show_u, "万元")
    return c


# ================================================================ project C
def check_yingjing(t):
    c = Ctx("yingjing")
    Y = 2023
    c.year_eq("title year", one(t, r"\n(\d{4})年度文艺创作扶持及文艺惠民").group(1), Y)
    c.year_eq("approval year", one(t, r"\n(\d{4})年1月，县财政局批复").group(1), Y)
    c.year_eq("cut-off year", one(t, r"截至(\d{4})年12月31日").group(1), Y)
    c.year_eq("table year", one(t, r"自评表（(\d{4})年度）").group(1), Y)
    f = {r[0]: r for r in bar_rows(t, {"年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"})}
    tot, fis, spec, unit, oth = (f["年度资金总额"], f["其中：财政资金"], f["财政专户管理资金"], f["单位资金"],
                                 f["其他资金"])
    for col, lab in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum_(f"funds {lab}", tot[col], [fis[col], spec[col], unit[col], oth[col]])
    c.rate("total execution rate", tot[5].rstrip("%"), tot[3], tot[2])
    m = one(t, r"年初预算(\d+\.\d+)万元，其中财政资金(\d+\.\d+)万元、单位资金(\d+\.\d+)万元")
    ini, ini_f, ini_u = m.groups()
    c.sum_("initial by source", ini, [ini_f, ini_u])
    c.same("initial text/table", ini, tot[1])
    c.same("initial fiscal text/table", ini_f, fis[1])
    c.same("initial unit funds text/table", ini_u, unit[1])
    add = one(t, r"追加财政资金(\d+\.\d+)万元").group(1)
    spons = one(t, r"赞助(\d+\.\d+)万元").group(1)
    annual = one(t, r"调整后全年预算(\d+\.\d+)万元").group(1)
    c.sum_("annual = initial + added + sponsorship", annual, [ini, add, spons])
    c.same("annual text/table", annual, tot[2])
    c.sum_("table fiscal annual = initial + added", fis[2], [ini_f, add])
    c.same("sponsorship text/table", spons, oth[2])
    m = one(t, r"实际到位(\d+\.\d+)万元，到位率(\d+\.\d+)%")
    recv = m.group(1)
    c.rate("到位率", m.group(2), recv, annual)
    m = one(t, r"全年实际支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%")
    spent = m.group(1)
    c.rate("execution rate text", m.group(2), spent, annual)
    c.same("spent text/table", spent, tot[3])
    c.same("execution rate text/table", m.group(2), tot[5].rstrip("%"))
    fsp = one(t, r"其中财政资金支出(\d+\.\d+)万元").group(1)
    c.same("fiscal spent text/table", fsp, fis[3])
    m = one(t, r"扶持作品(\d+)部（件），每部（件）资助(\d+)(元|万元)，计(\d+\.\d+)万元")
    c.product("works subsidy", m.group(4), "万元", m.group(1), m.group(2), m.group(3))
    nworks, per, per_u, works = m.groups()
    m = one(t, r"惠民巡演(\d+)场(\d+\.\d+)万元，每场(\d+\.\d+)万元")
    c.average("tour cost per show", m.group(3), [m.group(2)], divisor=m.group(1))
    tour = m.group(2)
    exh = one(t, r"展览3场(\d+\.\d+)万元").group(1)
    mag = one(t, r"编印及网络推广(\d+\.\d+)万元").group(1)
    stu = one(t, r"文艺骨干研修(\d+\.\d+)万元").group(1)
    c.sum_("fiscal spending by use", fsp, [works, tour, exh, mag, stu])
    c.balance("year-end balance (received - spent)", one(t, r"年末结余(\d+\.\d+)万元").group(1), recv, spent)
    c.year_after("carry-over year", one(t, r"结转至(\d{4})年").group(1), Y)
    m = one(t, r"扶持作品(\d+)部（件），其中文学作品(\d+)部、美术书法作品(\d+)件、音乐作品(\d+)首、砂器艺术作品(\d+)件")
    c.sum_("works by type", m.group(1), list(m.groups()[1:]))
    c.same("works (two mentions)", m.group(1), nworks)
    m = one(t, r"各场观众分别为([0-9、]+)人次，合计(\d+)人次，场均(\d+\.\d+)人次")
    items = m.group(1).split("、")
    c.sum_("audience", m.group(2), items)
    c.average("audience per show", m.group(3), items)
    aud = m.group(2)
    # indicator table
    rows = []
    for r in bar_rows(t, {"产出指标", "效益指标"}):
        if len(r) != 10:
            raise VerifyBug(f"row {r}")
        rows.append(dict(level1=r[0], name=r[2], target=r[3] + r[4] + r[5], actual=r[6] + r[5],
                         weight=r[7], score=r[8]))
    total = bar_rows(t, {"总分"})[0]
    m = one(t, r"产出指标得分(\d+\.\d+)分（分值(\d+)分），效益指标得分(\d+\.\d+)分（分值(\d+)分）")
    c.indicators(rows, tot[4], tot[6], total[7], total[8],
                 level_weights={"产出指标": m.group(2), "效益指标": m.group(4)},
                 level_scores={"产出指标": m.group(1), "效益指标": m.group(3)})
    if not near(tot[6], r2(D(tot[4]) * min(D(tot[3]) / D(tot[2]), Decimal(1)))):
        c.warns.append("score_rule: execution score")
    g1 = one(t, r"综合评价为“(优秀|优|良好|良|中等|中|差)”").group(1)
    g2 = one(t, r"自评等级：(优秀|优|良好|良|中等|中|差)").group(1)
    c.grade("grade (text)", total[8], g1)
    c.grade("grade (table)", total[8], g2)
    by = {r["name"]: r for r in rows}
    c.same("works text/table", nworks, by["扶持文艺作品"]["actual"].replace("部（件）", ""))
    c.same("audience text/table", aud, by["惠民巡演观众人次"]["actual"].replace("人次", ""))
    c.same("standard text/table", per, by["单部（件）作品扶持标准"]["actual"].replace("元", ""), per_u, "元")
    c.same("prizes text/table", one(t, r"发表或展览入选(\d+)件，未达到").group(1),
           by["扶持作品在省级以上报刊发表或展览入选"]["actual"].replace("件", ""))
    c.same("reads text/table", one(t, r"网络阅读量(\d+\.\d+)万次").group(1),
           by["作品网络传播阅读量"]["actual"].replace("万次", ""))
    c.same("members text/table", one(t, r"新增协会会员(\d+)人").group(1), by["新增协会会员"]["actual"].replace("人", ""))
    c.same("payment days text/table", one(t, r"均在作品验收后(\d+)个工作日内拨付").group(1),
           by["扶持资金验收后拨付时限"]["actual"].replace("个工作日", ""))
    m = one(t, r"扶持文艺作品不少于(\d+)部（件）；在乡镇开展惠民巡演不少于(\d+)场；举办砂器文化主题展览不少于(\d+)场；"
               r"扶持作品在省级以上报刊发表或展览入选不少于(\d+)件；扶持资金在作品验收后(\d+)个工作日内拨付；"
               r"单部（件）作品扶持标准不超过(\d+)元。效益目标：巡演观众不少于(\d+)人次，作品网络传播阅读量不少于"
               r"(\d+)万次，新增协会会员不少于(\d+)人")
    targets(c, zip(m.groups(), ["扶持文艺作品", "“严道古韵”惠民巡演", "砂器文化主题展览",
                                "扶持作品在省级以上报刊发表或展览入选", "扶持资金验收后拨付时限", "单部（件）作品扶持标准",
                                "惠民巡演观众人次", "作品网络传播阅读量", "新增协会会员"]), by)
    c.same("prizes target (two mentions)", one(t, r"未达到(\d+)件的目标").group(1), m.group(4))
    c.same("reads target (two mentions)", one(t, r"未达到(\d+)万次的目标").group(1), m.group(8))
    c.same("standard (two mentions)", one(t, r"扶持标准为(\d+)元").group(1), per)
    m2 = one(t, r"惠民巡演(\d+)场，在(\d+)个乡镇各演出1场")
    c.same("tours text/table", m2.group(1), by["“严道古韵”惠民巡演"]["actual"].replace("场", ""))
    c.same("tours = towns", m2.group(1), m2.group(2))
    c.same("tours = listed audiences", m2.group(1), len(items))
    c.same("exhibitions text/table", one(t, r"主题展览(\d+)场，比计划多").group(1),
           by["砂器文化主题展览"]["actual"].replace("场", ""))
    c.diff("exhibitions above plan", one(t, r"比计划多(\d+)场").group(1),
           one(t, r"主题展览(\d+)场，比计划多").group(1), m.group(3))
    return c


# ================================================================ project D
def check_baokang(t):
    c = Ctx("baokang")
    Y = 2020
    c.year_eq("title year", one(t, r"联合会(\d{4})年度\n").group(1), Y)
    c.year_eq("budget year", one(t, r"\n(\d{4})年项目全年预算").group(1), Y)
    c.year_eq("cut-off year", one(t, r"截至(\d{4})年12月31日").group(1), Y)
    f = {}
    for line in t.splitlines():
        cells = line.split("\t")
        if cells[0] in ("全年预算数", "实际到位数", "全年执行数") and len(cells) == 6:
            f[cells[0]] = cells
    bud, rec, exe = f["全年预算数"], f["实际到位数"], f["全年执行数"]
    for r in (bud, rec, exe):
        c.sum_(f"funds row {r[0]}", r[1], r[2:6])
    annual = one(t, r"全年预算(\d+\.\d+)万元，由中央").group(1)
    c.same("annual text/table", annual, bud[1])
    c.rate("到位率", one(t, r"到位率(\d+)%").group(1), rec[1], bud[1])
    m = one(t, r"全年支出(\d+\.\d+)万元，项目总体执行率(\d+\.\d+)%，其中中央补助资金执行率(\d+)%，"
               r"省级补助资金执行率(\d+\.\d+)%，县级资金执行率(\d+\.\d+)%")
    spent, rate, r_c, r_p, r_x = m.groups()
    c.same("spent text/table", spent, exe[1])
    c.rate("overall execution rate", rate, exe[1], bud[1])
    c.rate("central execution rate", r_c, exe[2], bud[2])
    c.rate("provincial execution rate", r_p, exe[3], bud[3])
    c.rate("county execution rate", r_x, exe[4], bud[4])
    bal = one(t, r"未支出的(\d+\.\d+)万元").group(1)
    c.balance("unspent", bal, rec[1], exe[1])
    c.same("unspent (two mentions)", bal, one(t, r"年底有(\d+\.\d+)万元未能支出").group(1))
    m = one(t, r"为(\d+)个传承点每点补助(\d+)(元|万元)，计(\d+\.\d+)万元")
    npts = m.group(1)
    c.product("transmission points subsidy", m.group(4), "万元", npts, m.group(2), m.group(3))
    pts = m.group(4)
    m = one(t, r"开展辅导培训(\d+)场，支出(\d+\.\d+)万元，场均(\d+\.\d+)万元")
    c.average("training cost per session", m.group(3), [m.group(2)], divisor=m.group(1))
    ntrain, train, per_train = m.groups()
    surv = one(t, r"数据库建设(\d+\.\d+)万元").group(1)
    show = one(t, r"市级以上展演(\d+\.\d+)万元").group(1)
    online = one(t, r"录制和直播(\d+\.\d+)万元").group(1)
    c.sum_("spending by use", spent, [pts, train, surv, show, online])
    m = one(t, r"“预算执行(\d+)分、绩效目标(\d+)分”的评分办法，其中产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
    c.sum_("weights 20 + 80", "100", [m.group(1), m.group(2)], code="weight_sum_mismatch")
    c.sum_("goal weights", m.group(2), [m.group(3), m.group(4), m.group(5)], code="weight_sum_mismatch")
    lw = {"预算执行": m.group(1), "产出指标": m.group(3), "效益指标": m.group(4), "满意度指标": m.group(5)}
    rows = []
    for r in bar_rows(t, {"预算执行", "产出指标", "效益指标", "满意度指标"}):
        if len(r) != 8:
            raise VerifyBug(f"row {r}")
        rows.append(dict(level1=r[0], name=r[2], target=r[3], actual=r[4], completion=r[5], weight=r[6], score=r[7]))
    m = one(t, r"预算执行得分(\d+\.\d+)分，产出指标得分(\d+\.\d+)分，效益指标得分(\d+\.\d+)分，满意度指标得分(\d+\.\d+)分")
    ls = {"预算执行": m.group(1), "产出指标": m.group(2), "效益指标": m.group(3), "满意度指标": m.group(4)}
    tm = one(t, r"本项目得分(\d+\.\d+)分，评价等级为(优秀|优|良好|良|中等|中|差)。")
    c.indicators(rows, None, None, None, tm.group(1), level_weights=lw, level_scores=ls)
    c.grade("grade", tm.group(1), tm.group(2))
    by = {r["name"]: r for r in rows}
    c.same("execution rate text/table", rate, by["项目资金执行率"]["actual"].rstrip("%"))
    c.same("points text/table", npts, parse_value(by["扶持民间文艺传承点"]["actual"])[0])
    m = one(t, r"线下辅导培训仅完成(\d+)场，为目标的(\d+)%")
    c.same("trainings (two mentions)", m.group(1), ntrain)
    c.same("trainings text/table", m.group(1), parse_value(by["群众文艺辅导培训"]["actual"])[0])
    c.check("completion_mismatch",
            near(m.group(2), D(m.group(1)) / parse_target(by["群众文艺辅导培训"]["target"])[1] * 100),
            "training completion (text)")
    m = one(t, r"故事(\d+)条，比(\d{4})年的(\d+)条增加(\d+)条")
    c.year_eq("last year's figure is the year before", int(m.group(2)) + 1, Y)
    c.diff("increase on 2019", m.group(4), m.group(1), m.group(3))
    c.same("survey text/table", m.group(1), parse_value(by["民间歌谣、故事普查采录"]["actual"])[0])
    c.same("prizes text/table", one(t, r"辅导的(\d+)个节目").group(1),
           parse_value(by["辅导节目在市级以上展演获奖"]["actual"])[0])
    c.same("payment days text/table", one(t, r"资金到位后(\d+)天内发放").group(1),
           parse_value(by["传承点补助发放时限"]["actual"])[0])
    c.same("cost per session text/table", one(t, r"单场培训成本(\d+\.\d+)万元").group(1),
           parse_value(by["单场辅导培训成本"]["actual"])[0])
    c.same("cost per session (two mentions)", per_train, one(t, r"单场培训成本(\d+\.\d+)万元").group(1))
    c.same("reach text/table", one(t, r"受众合计(\d+\.\d+)万人次").group(1),
           parse_value(by["线上线下受众"]["actual"])[0])
    c.same("apprentices text/table", one(t, r"带徒(\d+)人，未达到").group(1),
           parse_value(by["传承人及骨干带徒"]["actual"])[0])
    m = one(t, r"回收有效问卷(\d+)份，表示满意的(\d+)份，满意度(\d+\.\d+)%")
    c.rate("satisfaction", m.group(3), m.group(2), m.group(1))
    c.same("satisfaction text/table", m.group(3), by["传承点及参训群众满意度"]["actual"].rstrip("%"))
    c.same("questionnaires (two mentions)", m.group(1), one(t, r"满意度问卷(\d+)份").group(1))
    m = one(t, r"扶持传承点(\d+)个，开展群众文艺辅导培训不少于(\d+)场，普查采录民间歌谣、故事不少于(\d+)条，"
               r"辅导节目在市级以上展演中获奖不少于(\d+)个；传承点补助在(\d+)天内发放到位，单场辅导培训成本控制在"
               r"(\d+\.\d+)万元以内；线上线下受众不少于(\d+)万人次，传承人及骨干带徒不少于(\d+)人，.*?满意度不低于(\d+)%")
    targets(c, zip(m.groups(), ["扶持民间文艺传承点", "群众文艺辅导培训", "民间歌谣、故事普查采录",
                                "辅导节目在市级以上展演获奖", "传承点补助发放时限", "单场辅导培训成本", "线上线下受众",
                                "传承人及骨干带徒", "传承点及参训群众满意度"]), by)
    c.same("points (goal) vs points subsidised", m.group(1), npts)
    c.same("points (overview) vs points subsidised", one(t, r"扶持全县(\d+)个民间文艺传承点").group(1), npts)
    c.same("points (management) vs points subsidised", one(t, r"年初与(\d+)个传承点").group(1), npts)
    c.same("points (outputs) vs points subsidised", one(t, r"全年扶持传承点(\d+)个").group(1), npts)
    ex = by["项目资金执行率"]
    if not near(ex["score"], r2(D(ex["weight"]) * D(spent) / D(annual))):
        c.warns.append("score_rule: execution score")
    return c


# ================================================================ project E
def check_huazhou(t):
    c = Ctx("huazhou")
    Y = 2024
    c.year_eq("title year", one(t, r"联合会(\d{4})年度部门整体支出").group(1), Y)
    c.year_eq("budget year", one(t, r"\n(\d{4})年部门年初预算").group(1), Y)
    c.year_after("carry-over year", one(t, r"将在(\d{4})年继续用于原项目").group(1), Y)
    md = md_rows(t)
    t1 = {r[0]: r for r in md if len(r) == 4}
    t2 = {r[0]: r for r in md if len(r) == 6}
    t3 = [r for r in md if len(r) == 7]
    basic, staff, public, proj, tot = (t1["基本支出"], t1["其中：人员经费"], t1["公用经费"], t1["项目支出"],
                                       t1["合计"])
    for col, lab in ((1, "budget"), (2, "spent")):
        c.sum_(f"basic = staff + public ({lab})", basic[col], [staff[col], public[col]])
        c.sum_(f"total = basic + projects ({lab})", tot[col], [basic[col], proj[col]])
    for r in (basic, staff, public, proj, tot):
        c.rate(f"rate {r[0]}", r[3].rstrip("%"), r[2], r[1])
    m = one(t, r"年初预算(\d+\.\d+)万元，年中追加(\d+\.\d+)万元")
    ini, add = m.groups()
    carry = one(t, r"加上年结转(\d+\.\d+)万元").group(1)
    annual = one(t, r"全年预算(\d+\.\d+)万元。全年支出").group(1)
    c.sum_("annual = initial + added + carry-over", annual, [ini, add, carry])
    c.same("annual text/table", annual, tot[1])
    m = one(t, r"全年支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%，年末结余结转(\d+\.\d+)万元")
    spent, rate, bal = m.groups()
    c.same("spent text/table", spent, tot[2])
    c.rate("execution rate text", rate, spent, annual)
    c.balance("year-end balance", bal, annual, spent)
    c.year_eq("last year's final accounts year", int(one(t, r"(\d{4})年部门决算支出").group(1)) + 1, Y)
    m = one(t, r"“三公”经费年初预算(\d+\.\d+)万元，实际支出(\d+\.\d+)万元，其中公务接待费(\d+\.\d+)万元、"
               r"公务用车运行维护费(\d+\.\d+)万元，因公出国（境）费用(\d+)万元，执行率(\d+\.\d+)%；"
               r"比(\d{4})年的(\d+\.\d+)万元减少(\d+\.\d+)万元，下降(\d+\.\d+)%")
    sg_bud, sg, rec, car, abroad, sg_rate, ly, sg_ly, dec, dec_pct = m.groups()
    c.sum_("三公 components", sg, [rec, car, abroad])
    c.rate("三公 execution rate", sg_rate, sg, sg_bud)
    c.year_eq("三公 comparison year", int(ly) + 1, Y)
    c.diff("三公 decrease", dec, sg_ly, sg)
    c.rate("三公 decrease rate", dec_pct, D(sg_ly) - D(sg), sg_ly)
    # project table
    names = ["文艺创作扶持项目", "群众文艺活动项目", "文艺阵地建设及志愿服务项目"]
    prs = [t2[n] for n in names]
    c.sum_("project budgets", proj[1], [p[1] for p in prs])
    c.sum_("project spending", proj[2], [p[2] for p in prs])
    for p in prs:
        c.rate(f"rate {p[0]}", p[3].rstrip("%"), p[2], p[1])
        c.balance(f"balance {p[0]}", p[4], p[1], p[2])
    c.average("average project score", one(t, r"平均得分为(\d+\.\d+)分").group(1), [p[5] for p in prs])
    for i, n in enumerate(names, 1):
        s = one(t, rf"{i}\.{n}（自评得分([0-9.]+)分）").group(1)
        c.same(f"score {n} text/table", s, t2[n][5])
    m = one(t, r"作品(\d+)部（件），每部（件）资助(\d+)(元|万元)，计(\d+\.\d+)万元")
    c.product("works subsidy", m.group(4), "万元", m.group(1), m.group(2), m.group(3))
    nworks = m.group(1)
    # indicator table
    rows, total = [], None
    for r in t3:
        if r[0] in ("一级指标",):
            continue
        if r[0] == "合计":
            total = r
            continue
        rows.append(dict(level1=r[0], name=r[2], target=r[3], actual=r[4], weight=r[5], score=r[6]))
    c.indicators(rows, None, None, total[5], total[6])
    m = one(t, r"部门整体支出绩效自评得分(\d+\.\d+)分，等级为(优秀|优|良好|良|中等|中|差)。")
    c.same("total text/table", m.group(1), total[6])
    c.grade("grade", m.group(1), m.group(2))
    by = {r["name"]: r for r in rows}
    ex = by["部门预算执行率"]
    c.same("dept execution rate table/table", ex["actual"].rstrip("%"), tot[3].rstrip("%"))
    if not near(ex["score"], r2(D(ex["weight"]) * D(tot[2]) / D(tot[1]))):
        c.warns.append("score_rule: execution score")
    c.same("project execution rate indicator/table", by["项目支出执行率"]["actual"].rstrip("%"), proj[3].rstrip("%"))
    c.same("三公 actual text/table", sg, parse_value(by["“三公”经费支出"]["actual"])[0])
    c.same("三公 budget text/table", sg_bud, parse_target(by["“三公”经费支出"]["target"])[1])
    c.same("works text/table", nworks, parse_value(by["扶持文艺作品"]["actual"])[0])
    c.same("activities text/table", one(t, r"群众文艺活动(\d+)场，其中").group(1),
           parse_value(by["群众文艺活动场次"]["actual"])[0])
    c.same("folk shows text/table", one(t, r"民间文艺专场展演(\d+)场").group(1),
           parse_value(by["“跳花棚”等民间文艺展演"]["actual"])[0])
    c.same("reach text/table", one(t, r"惠及群众(\d+\.\d+)万人次").group(1),
           parse_value(by["群众文艺活动惠及人次"]["actual"])[0])
    c.same("volunteer services text/table", one(t, r"文艺志愿服务(\d+)次，未达到").group(1),
           parse_value(by["文艺志愿服务次数"]["actual"])[0])
    c.same("prizes text/table", one(t, r"获奖或发表(\d+)件").group(1),
           parse_value(by["作品获市级以上奖项或发表"]["actual"])[0])
    c.same("members text/table", one(t, r"全年新发展会员(\d+)人").group(1), parse_value(by["新发展会员"]["actual"])[0])
    c.same("volunteer target text/table", one(t, r"未达到(\d+)次的目标").group(1),
           parse_target(by["文艺志愿服务次数"]["target"])[1])
    c.same("member target text/table", one(t, r"未达到(\d+)人的目标").group(1), parse_target(by["新发展会员"]["target"])[1])
    c.same("projects counted", one(t, r"纳入自评的(\d+)个项目").group(1), len(prs))
    c.same("projects counted (2)", one(t, r"整体支出和(\d+)个项目支出").group(1), len(prs))
    return c


PROJECTS = {
    "jx-xiajiang-wenyichuangzuo-2019": check_xiajiang,
    "gs-huating-qunzhongwenyi-2022": check_huating,
    "sc-yingjing-wenyifuchi-2023": check_yingjing,
    "hb-baokang-minjianwenyi-2020": check_baokang,
    "gd-huazhou-wenlian-bumen-2024": check_huazhou,
}


def diff_region(a, b):
    """common prefix / suffix: return (start, end_in_b) of the differing region in b"""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s, len(a) - s


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    if len(labels) != 35:
        problems.append(f"{len(labels)} labels, expected 35")
    counts = {c: 0 for c in CODES}
    where_seen = 0
    for rec in labels:
        name, src = rec["case"], rec["source"]
        path = os.path.join(CASES, name)
        text = open(path, encoding="utf-8").read()
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        check = PROJECTS[src]
        try:
            ctx = check(text)
        except VerifyBug as e:
            problems.append(f"{name}: verifier could not read the text: {e}")
            continue
        failed = sorted({code for code, _ in ctx.fails})
        if rec["clean"]:
            n = len(text)
            if not 2800 <= n <= 3400:
                problems.append(f"{name}: {n} characters, outside 2800-3400")
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if failed:
                problems.append(f"{name}: clean draft fails {ctx.fails}")
            if ctx.warns:
                problems.append(f"{name}: clean draft score-rule warnings {ctx.warns}")
            print(f"{name}: {ctx.count} checks, all pass ({n} chars)")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        lab = exp[0]
        if lab["severity"] != "error" or lab["code"] not in CODES:
            problems.append(f"{name}: bad label {lab}")
        counts[lab["code"]] = counts.get(lab["code"], 0) + 1
        v = lab["value"]
        if v not in text:
            problems.append(f"{name}: label value not in case: {v!r}")
        # one contiguous change overlapping the label value
        start, end_b, end_a = diff_region(clean, text)
        if start >= end_b and start >= end_a:
            problems.append(f"{name}: identical to clean draft")
        else:
            spans = [(m.start(), m.start() + len(v)) for m in re.finditer(re.escape(v), text)]
            if not any(s < max(end_b, start + 1) and e > start for s, e in spans):
                problems.append(f"{name}: change [{start},{end_b}) does not overlap the label value")
            # one place: the differing region (common prefix/suffix removed) is short, i.e. a single edit
            # (the two score_exceeds_weight cases span two adjacent table rows)
            if max(end_b, end_a) - start > 120:
                problems.append(f"{name}: changed region {start}-{max(end_a, end_b)} too long for one edit")
        if lab["code"] not in failed:
            problems.append(f"{name}: labelled {lab['code']} does not fail (fails: {ctx.fails})")
        others = [f for f in failed if f != lab["code"]]
        if others:
            problems.append(f"{name}: other error codes fail too: {[x for x in ctx.fails if x[0] != lab['code']]}")
        print(f"{name}: {lab['code']} fails as labelled; other codes clean"
              if lab["code"] in failed and not others else f"{name}: PROBLEM")
        where_seen += 1
    for code in CODES:
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} used {counts.get(code, 0)} times (< 2)")
    print("codes:", ", ".join(f"{k}={counts[k]}" for k in CODES))
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
