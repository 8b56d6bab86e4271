#!/usr/bin/env python3
"""Re-derive every figure of every case from its text and redo the arithmetic.

Standard library + decimal only. For each case the project's extractor reads the figures back from the
text (regular expressions anchored on the wording, and parsers for the tab-row, one-cell-a-line and
space-aligned tables) and runs the identities of rules.md §7 with the tolerance of §8. A failed identity
is reported with the error code the rules assign (errors.md §A); a sum/rate/equality that a rescale of one
amount by 10^4 or 10^8 reconciles is reported as unit_mismatch (the most specific explanation).

Pass conditions:
  * every clean draft: no failure and no warning (warnings = score_rule_mismatch, informational);
  * every error case: the set of failing codes is exactly {the labelled code};
  * labels: value occurs exactly once in the case; the case differs from its clean draft by one
    contiguous edit of at most 40 characters that overlaps the value; every code of errors.md §A is
    used at least twice; 35 lines, 5 clean.
Prints OK when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
NUM = r"\d[\d,]*(?:\.\d+)?"
MONEY_UNITS = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}
RESCALE = [D(10000), D("0.0001"), D(100000000), D("0.00000001")]
ALL_CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
             "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
             "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
             "completion_mismatch"]


class ParseError(Exception):
    pass


def dec(s):
    return D(s.replace(",", ""))


def ndp(s):
    s = s.replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s, factor=D(1)):
    """Half a unit of the last written digit of s, times the unit factor."""
    return D("0.5") * D(10) ** (-ndp(s)) * factor + D("1e-9")


def close(stated, computed, factor=D(1)):
    return abs(computed - dec(stated.rstrip("%")) * factor) <= tol(stated, factor)


def r2(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


class Amt:
    """An amount as written: number string and money unit; value in 万元."""

    def __init__(self, s, unit="万元"):
        self.s, self.unit = s, unit
        self.f = MONEY_UNITS[unit]
        self.v = dec(s) * self.f

    def __repr__(self):
        return f"{self.s}{self.unit}"


def grade_band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
               "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class Ctx:
    def __init__(self, text, name):
        self.t, self.name = text, name
        self.fails, self.warns = [], []

    # ---------------------------------------------------------------- extraction
    def grab(self, pattern, flags=0):
        ms = list(re.finditer(pattern, self.t, flags))
        if len(ms) != 1:
            raise ParseError(f"{self.name}: pattern found {len(ms)}x: {pattern[:70]}")
        return ms[0]

    def block(self, start, end=None):
        i = self.t.find(start)
        if i < 0:
            raise ParseError(f"{self.name}: block start {start!r} not found")
        j = self.t.find(end, i + len(start)) if end else len(self.t)
        if j < 0:
            raise ParseError(f"{self.name}: block end {end!r} not found")
        return self.t[i:j]

    # ---------------------------------------------------------------- reporting
    def fail(self, code, msg):
        self.fails.append((code, msg))

    def warn(self, msg):
        self.warns.append(msg)

    # ---------------------------------------------------------------- identities
    def _rescue(self, amts, test):
        """Would rescaling exactly one amount by 10^±4 / 10^±8 make test() hold?"""
        for a in amts:
            keep = a.v
            for k in RESCALE:
                a.v = keep * k
                ok = test()
                a.v = keep
                if ok:
                    return True
        return False

    def sum_eq(self, parts, total, what, code="sum_mismatch"):
        def test():
            return abs(sum(p.v for p in parts) - total.v) <= tol(total.s, total.f)
        if test():
            return
        if self._rescue(parts + [total], test):
            self.fail("unit_mismatch", f"{what}: {parts} vs {total} reconciled by a power-of-ten unit")
        else:
            self.fail(code, f"{what}: {'+'.join(map(repr, parts))} = {sum(p.v for p in parts)} ≠ {total}")

    def balance_eq(self, a, b, bal, what):
        self.sum_eq_generic([a], [b], bal, what, "balance_mismatch")

    def sum_eq_generic(self, plus, minus, total, what, code):
        def test():
            return abs(sum(p.v for p in plus) - sum(m.v for m in minus) - total.v) <= tol(total.s, total.f)
        if test():
            return
        if self._rescue(plus + minus + [total], test):
            self.fail("unit_mismatch", f"{what}: reconciled by a power-of-ten unit")
        else:
            self.fail(code, f"{what}: {plus}-{minus} ≠ {total}")

    def rate_eq(self, num, den, rate_s, what, code="rate_mismatch"):
        """rate_s: stated percentage (string, with or without %), num/den: Amt or plain strings."""
        if isinstance(num, str):
            num = Amt(num)
        if isinstance(den, str):
            den = Amt(den)
        rs = rate_s.rstrip("%")
        if den.v == 0:
            if rs not in ("—", "-", "0", "0.00"):
                self.fail("implausible_rate", f"{what}: rate {rate_s} on a zero base")
            return
        if rs in ("—", "-"):
            self.fail(code, f"{what}: rate missing ('—') on a non-zero base")
            return
        if dec(rs) > 100 or dec(rs) < 0:
            self.fail("implausible_rate", f"{what}: rate {rate_s} outside [0, 100]")
        def test():
            return den.v != 0 and close(rs, num.v / den.v * 100)
        if test():
            return
        if self._rescue([num, den], test):
            self.fail("unit_mismatch", f"{what}: {num}/{den} reconciled by a power-of-ten unit")
        else:
            self.fail(code, f"{what}: {num}/{den} = {r2(num.v / den.v * 100)}% ≠ {rate_s}")

    def plausible(self, rate_s, what):
        if dec(rate_s.rstrip("%")) > 100:
            self.fail("implausible_rate", f"{what}: {rate_s} above 100%")

    def same(self, a, b, what):
        """Two statements of one quantity (Amt or plain number strings) must agree."""
        if isinstance(a, str):
            a = Amt(a)
        if isinstance(b, str):
            b = Amt(b)
        def test():
            t = max(tol(a.s, a.f), tol(b.s, b.f))
            return abs(a.v - b.v) <= t
        if test():
            return
        if self._rescue([a, b], test):
            self.fail("unit_mismatch", f"{what}: {a} vs {b} differ by a power of ten")
        else:
            self.fail("conflicting_values", f"{what}: {a} vs {b}")

    def average(self, items, stated, what):
        m = sum(dec(x) for x in items) / len(items)
        if not close(stated, m):
            self.fail("average_mismatch", f"{what}: mean {m} ≠ {stated}")

    def year_is(self, y, Y, what):
        if int(y) != Y:
            self.fail("year_mismatch", f"{what}: {y} ≠ evaluation year {Y}")

    def carry_year(self, y, Y, what):
        if int(y) <= Y:
            self.fail("year_mismatch", f"{what}: carried over to {y}, not after {Y}")

    def issue_date(self, y, m, Y, what):
        y, m = int(y), int(m)
        if not (y == Y or (y == Y - 1 and m == 12)):
            self.fail("year_mismatch", f"{what}: issued {y}-{m} for budget year {Y}")

    # ---------------------------------------------------------------- indicator rows
    def indicator(self, name, target, actual, compl, weight, score):
        """Check one 三级 row; returns (weight, score) as Decimals."""
        w, s = dec(weight), dec(score)
        if s > w or s < 0:
            self.fail("score_exceeds_weight", f"{name}: score {score} outside [0, {weight}]")
        tm = re.fullmatch(r"(≥|≤|=|＞|＜|>=|<=)?\s*(" + NUM + r")\s*(.*)", target.strip())
        am = re.fullmatch(r"(" + NUM + r")\s*(.*)", actual.strip())
        if not tm:  # qualitative row
            if am:
                self.fail("unit_mismatch", f"{name}: qualitative target {target!r}, numeric actual {actual!r}")
            return w, s
        if not am:
            self.fail("unit_mismatch", f"{name}: numeric target {target!r}, non-numeric actual {actual!r}")
            return w, s
        sign, T, tu = tm.group(1) or "=", dec(tm.group(2)), tm.group(3).strip()
        A, au = dec(am.group(1)), am.group(2).strip()
        if tu != au:
            self.fail("unit_mismatch", f"{name}: target unit {tu!r} vs actual unit {au!r}")
            return w, s
        if au == "%" and A > 100:
            self.fail("implausible_rate", f"{name}: actual {actual} above 100%")
        direction = {"≥": "gte", "＞": "gte", ">=": "gte", "≤": "lte", "＜": "lte", "<=": "lte"}.get(sign, "eq")
        if direction == "eq" and T == 0:
            exp_c = None
            exp_s = w if A <= 0 else D(0)
        elif direction == "lte":
            exp_c = D(100) if A <= T else T / A * 100
            exp_s = w if A <= T else w * T / A
        else:
            exp_c = A / T * 100
            exp_s = w * min(exp_c, D(100)) / 100
        if exp_c is None:
            if compl.strip() not in ("—", "-", ""):
                self.fail("completion_mismatch", f"{name}: completion {compl} stated for a zero target")
        else:
            cs = compl.strip()
            if cs in ("—", "-", "") or not close(cs, exp_c):
                self.fail("completion_mismatch", f"{name}: {actual}/{target} → {r2(exp_c)}%, stated {compl}")
        # score rule (warning only, rules §5/§8: from the exact or from the printed completion)
        cands = [exp_s]
        if exp_c is not None and compl.strip() not in ("—", "-", ""):
            cands.append(w * min(dec(compl.strip().rstrip("%")), D(100)) / 100)
        if not any(close(score, c) for c in cands):
            self.warn(f"score_rule_mismatch {name}: score {score}, rule gives {r2(exp_s)}")
        return w, s

    def totals(self, weights, scores, total_s, grade_word, level_weights=None, stated_levels=None):
        if sum(weights) != 100:
            self.fail("weight_sum_mismatch", f"weights sum to {sum(weights)}")
        if level_weights is not None:
            for lv, stated in stated_levels.items():
                got = level_weights.get(lv, D(0))
                if got != dec(stated):
                    self.fail("weight_sum_mismatch", f"level {lv}: rows sum to {got}, stated {stated}")
        if not close(total_s, sum(scores)):
            self.fail("score_sum_mismatch", f"scores sum to {sum(scores)}, stated total {total_s}")
        g = GRADE_WORDS.get(grade_word)
        if g is None:
            raise ParseError(f"unknown grade word {grade_word!r}")
        if g != grade_band(dec(total_s)):
            self.fail("grade_mismatch", f"total {total_s} is {grade_band(dec(total_s))}, stated {grade_word}")

    # ---------------------------------------------------------------- sample tables
    def sample_rows(self, rows, what):
        """rows: list of (name, n, passed, rate) strings; the last one is 合计."""
        body, tot = rows[:-1], rows[-1]
        if not tot[0].startswith("合"):
            raise ParseError(f"{what}: last row is not 合计")
        for name, n, p, rate in rows:
            self.rate_eq(Amt(p), Amt(n), rate, f"{what} {name} 合格率")
        self.sum_eq([Amt(r[1]) for r in body], Amt(tot[1]), f"{what} 抽检数合计")
        self.sum_eq([Amt(r[2]) for r in body], Amt(tot[2]), f"{what} 合格数合计")
        return {r[0]: r for r in rows}


# ======================================================================== table parsers
def one_cell_rows(block):
    """Flattened Word/PDF table: one cell a line, tab-indented, blank line between rows."""
    rows, cur = [], []
    for line in block.split("\n"):
        if line.startswith("\t"):
            cur.append(line[1:].strip())
        else:
            if cur:
                rows.append(cur)
                cur = []
            if line.strip() and rows:
                break  # first non-table line after the table
    if cur:
        rows.append(cur)
    return rows


def tab_rows(block):
    return [line.split("\t") for line in block.split("\n") if "\t" in line]


def space_rows(block, header_word):
    out, on = [], False
    for line in block.split("\n"):
        if line.strip().startswith(header_word):
            on = True
            continue
        if on:
            if not line.strip():
                if out:
                    break
                continue
            cells = re.split(r"\s{2,}", line.strip())
            if len(cells) < 4:
                break
            out.append(cells)
            if cells[0].startswith("合计"):
                break
    return out


def fill_down(rows, col):
    last = ""
    for r in rows:
        if r[col].strip():
            last = r[col].strip()
        else:
            r[col] = last
    return rows


def level_sums(rows, lvl_col, w_col):
    out = {}
    for r in rows:
        out[r[lvl_col]] = out.get(r[lvl_col], D(0)) + dec(r[w_col])
    return out


# ======================================================================== projects
def p_tongxu(c):
    t = c.t
    Y = int(c.grab(r"^\[bookmark: _GoBack\]通许县农业农村局\n(\d{4})年度", re.M).group(1))
    m = c.grab(r"(\d{4})年年初预算安排县级财政资金(" + NUM + r")(万元|元|亿元)；(\d{4})年(\d+)月，省级下达农产品质量安全监管补助资金("
               + NUM + r")(万元|元|亿元)，全年预算(" + NUM + r")(万元|元|亿元)")
    c.year_is(m.group(1), Y, "年初预算年度")
    c.issue_date(m.group(4), m.group(5), Y, "省级补助下达")
    init, prov, annual = Amt(m.group(2), m.group(3)), Amt(m.group(6), m.group(7)), Amt(m.group(8), m.group(9))
    c.sum_eq([init, prov], annual, "年初+省级追加=全年预算")
    m = c.grab(r"资金实际到位(" + NUM + r")(万元|元|亿元)，到位率(" + NUM + r"%)")
    recv = Amt(m.group(1), m.group(2))
    c.rate_eq(recv, annual, m.group(3), "到位率")
    m = c.grab(r"全年支出(" + NUM + r")(万元|元|亿元)，预算执行率(" + NUM + r"%)")
    spent, rate_s = Amt(m.group(1), m.group(2)), m.group(3)
    c.rate_eq(spent, annual, rate_s, "预算执行率（正文）")
    m = c.grab(r"其中：定量检测委托费(" + NUM + r")(万元|元|亿元)（(" + NUM + r")批次，每批次(" + NUM + r")元）、速测试剂及耗材("
               + NUM + r")(万元|元|亿元)、合格证印制及宣传(" + NUM + r")(万元|元|亿元)、业务培训(" + NUM
               + r")(万元|元|亿元)、抽样及监管工作经费(" + NUM + r")(万元|元|亿元)")
    parts = [Amt(m.group(i), m.group(i + 1)) for i in (1, 5, 7, 9, 11)]
    c.sum_eq(parts, spent, "支出明细合计=全年支出")
    c.same(Amt(str(dec(m.group(3)) * dec(m.group(4))), "元"), Amt(m.group(1), m.group(2)), "定量检测批次×单价=委托费")
    m = c.grab(r"年末未支出(" + NUM + r")(万元|元|亿元)，均为合格证试行经费，经县财政局同意结转(\d{4})年继续使用")
    c.sum_eq_generic([recv], [spent], Amt(m.group(1), m.group(2)), "到位-支出=年末未支出", "balance_mismatch")
    c.carry_year(m.group(3), Y, "结转年度")

    # sample table (space-aligned)
    rows = space_rows(c.block("表1", "注："), "产品类别")
    s = c.sample_rows([tuple(r[:4]) for r in rows], "表1")
    m = c.grab(r"完成定量检测样品(" + NUM + r")批次，检测项目.*?合格(" + NUM + r")批次，合格率(" + NUM + r"%)，较2018年的("
               + NUM + r"%)提高(" + NUM + r")个百分点")
    c.same(m.group(1), s["合计"][1], "定量检测批次（正文/表1）")
    c.same(m.group(2), s["合计"][2], "合格批次（正文/表1）")
    c.rate_eq(Amt(m.group(2)), Amt(m.group(1)), m.group(3), "定量检测合格率（正文）")
    if not close(m.group(5), dec(m.group(3)[:-1]) - dec(m.group(4)[:-1])):
        c.fail("sum_mismatch", "较上年提高的百分点")
    m = c.grab(r"农药残留速测(" + NUM + r")批次，合格(" + NUM + r")批次，合格率(" + NUM + r"%)。速测不合格的(" + NUM + r")批次")
    fast_n, fast_p = m.group(1), m.group(2)
    c.rate_eq(Amt(fast_p), Amt(fast_n), m.group(3), "速测合格率")
    c.sum_eq_generic([Amt(fast_n)], [Amt(fast_p)], Amt(m.group(4)), "速测不合格批次", "sum_mismatch")
    m = c.grab(r"参训人数分别为(.+?)，平均每期(" + NUM + r")人")
    c.average(re.findall(NUM, m.group(1)), m.group(2), "培训平均人数")
    m = c.grab(r"截至(\d{4})年12月31日，全县(" + NUM + r")家规模生产主体开具合格证(" + NUM + r")张，试行主体数为目标值的(" + NUM + r"%)")
    c.year_is(m.group(1), Y, "截至日期")
    cert_n, cert_pct = m.group(2), m.group(4)
    m = c.grab(r"满意度(" + NUM + r"%)。")
    sat = m.group(1)
    c.plausible(sat, "满意度（正文）")

    # self-evaluation table (tab rows)
    fb = {r[0]: r for r in tab_rows(c.block("项目资金（万元）", "年度总体目标"))}
    tot, cur, carry, oth = (fb["年度资金总额"], fb["其中：当年财政拨款"], fb["上年结转资金"], fb["其他资金"])
    for col, label in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum_eq([Amt(cur[col]), Amt(carry[col]), Amt(oth[col])], Amt(tot[col]), f"资金块{label}列合计")
    for r in (tot, cur, carry, oth):
        c.rate_eq(Amt(r[3]), Amt(r[2]), r[5], f"资金块{r[0]}执行率")
    c.same(Amt(tot[1]), init, "年初预算（表/文）")
    c.same(Amt(tot[2]), annual, "全年预算（表/文）")
    c.same(Amt(tot[3]), spent, "全年执行（表/文）")
    weights, scores = [dec(tot[4])], [dec(tot[6])]
    if dec(tot[6]) > dec(tot[4]):
        c.fail("score_exceeds_weight", "预算执行得分超过分值")
    if not close(tot[6], dec(tot[4]) * min(spent.v / annual.v, D(1))):
        c.warn("score_rule_mismatch 预算执行得分")
    goal = c.grab(r"实际完成情况：完成定量检测(" + NUM + r")批次、速测(" + NUM + r")批次，合格率(" + NUM + r"%)，(" + NUM + r")家主体试行合格证")
    ind = fill_down(tab_rows(c.block("一级指标\t二级指标", "\n ")), 0)[1:]
    ind = fill_down(ind, 1)
    for r in ind:
        w, s_ = c.indicator(r[2], r[3], r[4], r[5], r[6], r[7])
        weights.append(w)
        scores.append(s_)
    byname = {r[2]: r for r in ind}
    c.same(byname["定量检测样品（批次）"][4], s["合计"][1], "定量检测批次（自评表/表1）")
    c.same(byname["速测样品（批次）"][4], fast_n, "速测批次（自评表/正文）")
    c.same(byname["定量检测合格率"][4].rstrip("%"), s["合计"][3].rstrip("%"), "合格率（自评表/表1）")
    c.same(byname["合格证试行主体（家）"][4], cert_n, "试行主体数（自评表/正文）")
    c.same(byname["合格证试行主体（家）"][5].rstrip("%"), cert_pct.rstrip("%"), "试行主体完成率（自评表/正文）")
    c.same(byname["生产经营主体满意度"][4].rstrip("%"), sat.rstrip("%"), "满意度（自评表/正文）")
    c.same(goal.group(1), s["合计"][1], "总体目标完成情况 定量批次")
    c.same(goal.group(2), fast_n, "总体目标完成情况 速测批次")
    c.same(goal.group(3).rstrip("%"), s["合计"][3].rstrip("%"), "总体目标完成情况 合格率")
    c.same(goal.group(4), cert_n, "总体目标完成情况 试行主体")
    gm = c.grab(r"全年完成定量检测样品不少于(" + NUM + r")批次、农残速测样品不少于(" + NUM + r")批次，定量检测合格率不低于("
                + NUM + r")%.*?试行主体不少于(" + NUM + r")家")
    for label, a, b in (("定量检测", gm.group(1), byname["定量检测样品（批次）"][3]), ("速测", gm.group(2), byname["速测样品（批次）"][3]),
                        ("合格率", gm.group(3), byname["定量检测合格率"][3].rstrip("%")),
                        ("试行主体", gm.group(4), byname["合格证试行主体（家）"][3])):
        c.same(a, b.lstrip("≥"), f"年度目标{label}（绩效目标/自评表）")
    c.same(c.grab(r"试行主体46家，未达到(" + NUM + r")家的目标").group(1), byname["合格证试行主体（家）"][3].lstrip("≥"), "试行主体目标（问题/自评表）")
    c.same(c.grab(r"试行主体(" + NUM + r")家，未达到").group(1), cert_n, "试行主体数（问题/正文）")
    m = c.grab(r"综合得分(" + NUM + r")分，评价等级为“(.+?)”")
    c.totals(weights, scores, m.group(1), m.group(2))


def p_qinxian(c):
    Y = int(c.grab(r"\]沁县农业农村局\n(\d{4})年度").group(1))
    fr = {r[0]: r for r in one_cell_rows(c.block("\t项目\n\t行次", "（三）项目绩效目标"))}
    rows = {k: fr[k] for k in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金")}
    for k, r in rows.items():
        c.sum_eq([Amt(x) for x in r[4:8]], Amt(r[3]), f"{k} 财政资金小计")
        c.sum_eq([Amt(r[3]), Amt(r[8]), Amt(r[9])], Amt(r[2]), f"{k} 年度总金额")
    for col in range(2, 10):
        c.sum_eq_generic([Amt(rows["实际到位资金"][col])], [Amt(rows["全年执行资金"][col])],
                         Amt(fr["资金结余"][col]), f"资金结余 第{col}列", "balance_mismatch")
        c.rate_eq(Amt(rows["实际到位资金"][col]), Amt(rows["全年预算资金"][col]), fr["预算到位率(%)"][col], f"到位率 第{col}列")
        c.rate_eq(Amt(rows["全年执行资金"][col]), Amt(rows["全年预算资金"][col]), fr["预算执行率(%)"][col], f"执行率 第{col}列")
    m = c.grab(r"(\d{4})年全年预算资金(" + NUM + r")万元，其中中央资金(" + NUM + r")万元、省级资金(" + NUM + r")万元、县级资金("
               + NUM + r")万元、上年结转资金(" + NUM + r")万元；实际到位(" + NUM + r")万元，到位率(" + NUM + r"%)；全年执行("
               + NUM + r")万元，执行率(" + NUM + r"%)。县级资金有(" + NUM + r")万元年内未到位；已到位未支出(" + NUM
               + r")万元（省级(" + NUM + r")万元、县级(" + NUM + r")万元），已结转(\d{4})年使用")
    g = m.group
    c.year_is(g(1), Y, "预算年度")
    c.sum_eq([Amt(g(3)), Amt(g(4)), Amt(g(5)), Amt(g(6))], Amt(g(2)), "全年预算资金来源（正文）")
    c.rate_eq(Amt(g(7)), Amt(g(2)), g(8), "到位率（正文）")
    c.rate_eq(Amt(g(9)), Amt(g(2)), g(10), "执行率（正文）")
    c.sum_eq_generic([Amt(g(5))], [Amt(rows["实际到位资金"][7])], Amt(g(11)), "县级未到位", "balance_mismatch")
    c.sum_eq_generic([Amt(g(7))], [Amt(g(9))], Amt(g(12)), "已到位未支出", "balance_mismatch")
    c.sum_eq([Amt(g(13)), Amt(g(14))], Amt(g(12)), "未支出构成")
    c.carry_year(g(15), Y, "结转年度")
    budget = rows["全年预算资金"]
    for label, a, b in (("全年预算", g(2), budget[2]), ("中央", g(3), budget[4]), ("省级", g(4), budget[5]),
                        ("县级", g(5), budget[7]), ("上年结转", g(6), budget[8]),
                        ("到位", g(7), rows["实际到位资金"][2]), ("到位率", g(8)[:-1], fr["预算到位率(%)"][2]),
                        ("执行", g(9), rows["全年执行资金"][2]), ("执行率", g(10)[:-1], fr["预算执行率(%)"][2]),
                        ("省级结余", g(13), fr["资金结余"][5]), ("县级结余", g(14), fr["资金结余"][7])):
        c.same(a, b, f"{label}（正文/预算执行表）")
    lv = c.grab(r"四个一级指标，分值分别为(" + NUM + r")分、(" + NUM + r")分、(" + NUM + r")分、(" + NUM + r")分")
    tm = c.grab(r"总得分(" + NUM + r")分，属于“(.+?)”")
    rs = c.grab(r"项目全年完成定量监测(" + NUM + r")批次、农残快速检测(" + NUM + r")批次，开具合格证(" + NUM + r")万张")
    q = c.grab(r"按季度分别抽检(" + NUM + r")批次、(" + NUM + r")批次、(" + NUM + r")批次和(" + NUM + r")批次")
    srows = space_rows(c.block("表1", "分季度看"), "品类")
    s = c.sample_rows([tuple(r[:4]) for r in srows], "表1")
    c.sum_eq([Amt(q.group(i)) for i in range(1, 5)], Amt(s["合计"][1]), "分季度抽检批次合计")
    qa = c.grab(r"合格率分别为(.+?)，季度平均为(" + NUM + r")%，全年合格率(" + NUM + r")%，较2020年的(" + NUM + r")%")
    items = re.findall(NUM, qa.group(1))
    for it in items:
        c.plausible(it + "%", "季度合格率")
    c.average(items, qa.group(2), "季度平均合格率")
    c.same(qa.group(3), s["合计"][3].rstrip("%"), "全年合格率（正文/表1）")
    fast = c.grab(r"开展快速检测(" + NUM + r")批次，初筛阳性").group(1)
    cv = c.grab(r"规模生产主体(" + NUM + r")家，其中(" + NUM + r")家常态化开具合格证，覆盖率(" + NUM + r"%)")
    c.rate_eq(Amt(cv.group(2)), Amt(cv.group(1)), cv.group(3), "合格证覆盖率")
    ce = c.grab(r"全年开具合格证(" + NUM + r")万张，为年度目标的(" + NUM + r"%)")
    sat = c.grab(r"满意度为(" + NUM + r"%)").group(1)
    c.plausible(sat, "满意度（正文）")
    prob = c.grab(r"预算执行率(" + NUM + r")%，低于100%").group(1)

    ind = one_cell_rows(c.block("\t一级指标\n\t二级指标"))[1:]
    fill_down(ind, 0)
    weights, scores = [], []
    for r in ind:
        w, s_ = c.indicator(r[2], r[3 + 1], r[5], r[6], r[3], r[7])
        weights.append(w)
        scores.append(s_)
    by = {r[2]: r for r in ind}
    ex = by["预算执行率"]
    c.rate_eq(Amt(rows["全年执行资金"][2]), Amt(budget[2]), ex[5], "执行率（自评表）")
    c.same(prob, fr["预算执行率(%)"][2], "执行率（问题部分/表）")
    c.same(rs.group(1), s["合计"][1], "定量监测批次（绩效情况/表1）")
    c.same(by["定量监测样品（批次）"][5].replace("批次", ""), s["合计"][1], "定量监测批次（自评表/表1）")
    c.same(rs.group(2), fast, "快速检测批次（绩效情况/绩效分析）")
    c.same(by["农残快速检测（批次）"][5].replace("批次", ""), fast, "快速检测批次（自评表/正文）")
    c.same(rs.group(3), ce.group(1), "合格证开具量（绩效情况/绩效分析）")
    c.same(by["开具合格证（万张）"][5].replace("万张", ""), ce.group(1), "合格证开具量（自评表/正文）")
    tgt = re.fullmatch(r"≥(" + NUM + r")万张", by["开具合格证（万张）"][4])
    if tgt:
        if not close(ce.group(2), dec(ce.group(1)) / dec(tgt.group(1)) * 100):
            c.fail("completion_mismatch", "合格证开具量为年度目标的百分比（正文）")
    c.same(by["例行监测合格率"][5].rstrip("%"), s["合计"][3].rstrip("%"), "合格率（自评表/表1）")
    c.same(by["规模主体合格证覆盖率"][5].rstrip("%"), cv.group(3).rstrip("%"), "覆盖率（自评表/正文）")
    c.same(by["服务对象满意度"][5].rstrip("%"), sat.rstrip("%"), "满意度（自评表/正文）")
    gm = c.grab(r"完成定量监测不少于(" + NUM + r")批次、农残快速检测不少于(" + NUM + r")批次，开具合格证不少于(" + NUM
                + r")万张，规模主体合格证覆盖率不低于(" + NUM + r")%")
    for label, a, b in (("定量监测", gm.group(1), by["定量监测样品（批次）"][4]), ("快速检测", gm.group(2), by["农残快速检测（批次）"][4]),
                        ("合格证", gm.group(3), by["开具合格证（万张）"][4]), ("覆盖率", gm.group(4), by["规模主体合格证覆盖率"][4])):
        c.same(a, re.sub(r"[^\d.]", "", b), f"年度目标{label}（绩效目标/自评表）")
    c.same(c.grab(r"县级资金(" + NUM + r")万元未到位").group(1), g(11), "县级未到位（自评表说明/正文）")
    lvl = level_sums(ind, 0, 3)
    stated = {"预算执行指标": lv.group(1), "产出指标": lv.group(2), "效益指标": lv.group(3), "满意度指标": lv.group(4)}
    c.totals(weights, scores, tm.group(1), tm.group(2), lvl, stated)


def p_xinning(c):
    Y = int(c.grab(r"项目支出绩效自评表\n（(\d{4})年度）").group(1))
    c.year_is(c.grab(r"我局对(\d{4})年农产品质量安全监管").group(1), Y, "自评对象年度")
    m = c.grab(r"(\d{4})年年初预算(" + NUM + r")万元，其中当年财政拨款(" + NUM + r")万元、上年结转资金(" + NUM
               + r")(万元|元)；年中省级追加农产品质量安全监管补助资金(" + NUM + r")万元，全年预算(" + NUM
               + r")万元。省级补助中，(" + NUM + r")万元于(\d{4})年(\d+)月提前下达，(" + NUM + r")万元于(\d{4})年(\d+)月下达")
    g = m.group
    c.year_is(g(1), Y, "年初预算年度")
    init, cur0, carry0, add, annual = Amt(g(2)), Amt(g(3)), Amt(g(4), g(5)), Amt(g(6)), Amt(g(7))
    c.sum_eq([cur0, carry0], init, "年初预算构成")
    c.sum_eq([init, add], annual, "年初+追加=全年预算")
    c.sum_eq([Amt(g(8)), Amt(g(11))], add, "省级补助分次下达")
    c.issue_date(g(9), g(10), Y, "省级补助第一次下达")
    c.issue_date(g(12), g(13), Y, "省级补助第二次下达")
    recv = Amt(c.grab(r"全年预算(" + NUM + r")万元全部到位").group(1))
    c.same(recv, annual, "全年预算（资金安排/资金基本情况）")
    m = c.grab(r"全年执行(" + NUM + r")(万元|元|亿元)，预算执行率(" + NUM + r"%)。其中：定量检测委托费(" + NUM
               + r")(万元|元|亿元)（合计(" + NUM + r")元，按(" + NUM + r")批次、每批次(" + NUM + r")元结算），速测试剂耗材("
               + NUM + r")(万元|元|亿元)，合格证印制及推行(" + NUM + r")(万元|元|亿元)，培训宣传(" + NUM
               + r")(万元|元|亿元)，抽样及监管工作经费(" + NUM + r")(万元|元|亿元)。未执行的(" + NUM
               + r")(万元|元|亿元)为合格证推行尾款，结转(\d{4})年使用")
    g = m.group
    spent = Amt(g(1), g(2))
    c.rate_eq(spent, annual, g(3), "预算执行率（正文）")
    fee = Amt(g(4), g(5))
    c.same(fee, Amt(g(6), "元"), "委托费两种写法")
    c.same(Amt(str(dec(g(7)) * dec(g(8))), "元"), Amt(g(6), "元"), "批次×单价=委托费")
    parts = [fee, Amt(g(9), g(10)), Amt(g(11), g(12)), Amt(g(13), g(14)), Amt(g(15), g(16))]
    c.sum_eq(parts, spent, "支出明细合计=全年执行")
    c.sum_eq_generic([annual], [spent], Amt(g(17), g(18)), "全年预算-执行=未执行", "balance_mismatch")
    c.carry_year(g(19), Y, "结转年度")

    srows = space_rows(c.block("1.例行监测", "2022年全县例行监测"), "品类")
    s = c.sample_rows([tuple(r[:4]) for r in srows], "分品类表")
    m = c.grab(r"全年完成定量检测(" + NUM + r")批次，合格(" + NUM + r")批次")
    c.same(m.group(1), s["合计"][1], "定量检测批次（正文/表）")
    c.same(m.group(2), s["合计"][2], "合格批次（正文/表）")
    m = c.grab(r"(\d{4})年全县例行监测合格率为(" + NUM + r")%，(\d{4})年为(" + NUM + r")%")
    c.year_is(m.group(1), Y, "合格率年度")
    c.same(m.group(2), s["合计"][3].rstrip("%"), "合格率（正文/表）")
    c.plausible(m.group(4) + "%", "上年合格率")
    fast = c.grab(r"农残快速检测(" + NUM + r")批次，不合格").group(1)
    m = c.grab(r"参训人数分别为(.+?)，平均每轮(" + NUM + r")人")
    c.average(re.findall(NUM, m.group(1)), m.group(2), "培训平均人数")
    m = c.grab(r"截至(\d{4})年12月31日，全县(" + NUM + r")家生产主体常态化开具合格证，共开具合格证(" + NUM + r")万张，带证上市农产品约(" + NUM + r")吨")
    c.year_is(m.group(1), Y, "截至日期")
    subj, approx_t = m.group(2), m.group(4)
    sat = c.grab(r"满意度调查满意度为(" + NUM + r"%)").group(1)
    c.plausible(sat, "满意度（正文）")
    goal_t = c.grab(r"未达到(" + NUM + r")吨的目标").group(1)

    blk = one_cell_rows(c.block("\t项目资金（万元）", "总体自评"))
    fb = {r[0]: r for r in blk if len(r) == 7}
    tot, cur, carry, oth = fb["年度资金总额"], fb["其中：当年财政拨款"], fb["上年结转资金"], fb["其他资金"]
    for col, label in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum_eq([Amt(cur[col]), Amt(carry[col]), Amt(oth[col])], Amt(tot[col]), f"资金块{label}列合计")
    for r in (tot, cur, carry, oth):
        c.rate_eq(Amt(r[3]), Amt(r[2]), r[5], f"资金块{r[0]}执行率")
    for label, a, b in (("年初预算", tot[1], init), ("全年预算", tot[2], annual), ("全年执行", tot[3], spent),
                        ("当年财政拨款年初", cur[1], cur0), ("上年结转", carry[1], carry0)):
        c.same(Amt(a) if isinstance(a, str) else a, b, f"{label}（表/文）")
    weights, scores = [dec(tot[4])], [dec(tot[6])]
    if dec(tot[6]) > dec(tot[4]):
        c.fail("score_exceeds_weight", "预算执行得分超过分值")
    if not close(tot[6], dec(tot[4]) * min(spent.v / annual.v, D(1))):
        c.warn("score_rule_mismatch 预算执行得分")
    ind = [r for r in blk if len(r) == 9][1:]
    fill_down(ind, 0)
    for r in ind:
        w, s_ = c.indicator(r[2], r[3], r[4], r[5], r[6], r[7])
        weights.append(w)
        scores.append(s_)
    by = {r[2]: r for r in ind}
    c.same(by["定量检测样品数"][4].replace("批次", ""), s["合计"][1], "定量检测批次（自评表/表）")
    c.same(by["农残速测样品数"][4].replace("批次", ""), fast, "速测批次（自评表/正文）")
    c.same(by["开具合格证主体数"][4].replace("家", ""), subj, "开具合格证主体数（自评表/正文）")
    c.same(by["例行监测合格率"][4].rstrip("%"), s["合计"][3].rstrip("%"), "合格率（自评表/表）")
    c.same(by["服务对象满意度"][4].rstrip("%"), sat.rstrip("%"), "满意度（自评表/正文）")
    c.same(by["带证上市农产品数量"][3].lstrip("≥").replace("吨", ""), goal_t, "带证上市目标（自评表/问题）")
    c.same(by["单批次定量检测费用"][4].replace("元", ""), c.grab(r"每批次(" + NUM + r")元结算").group(1), "检测单价（自评表/正文）")
    # "约7600吨": an approximation; the table's exact figure must fall in its ± half-unit interval (never flagged otherwise)
    if abs(dec(by["带证上市农产品数量"][4].replace("吨", "")) - dec(approx_t)) > 50:
        c.fail("conflicting_values", "带证上市数量（约数与表）")
    gm = c.grab(r"完成定量检测不少于(" + NUM + r")批次、农残快速检测不少于(" + NUM + r")批次；\n（2）开具合格证的生产主体不少于(" + NUM + r")家")
    for label, a, b in (("定量检测", gm.group(1), by["定量检测样品数"][3]), ("速测", gm.group(2), by["农残速测样品数"][3]),
                        ("主体", gm.group(3), by["开具合格证主体数"][3])):
        c.same(a, re.sub(r"[^\d.]", "", b), f"年度目标{label}（绩效目标/自评表）")
    m = c.grab(r"自评得分(" + NUM + r")分，等级为“(.+?)”")
    c.totals(weights, scores, m.group(1), m.group(2))


def p_yilong(c):
    Y = int(c.grab(r"^ (\d{4})年度仪陇县农业农村局项目支出", re.M).group(1))
    m = c.grab(r"(\d{4})年年初预算(" + NUM + r")万元，其中：县级财政资金(" + NUM + r")(万元|元|亿元)，中央农产品质量安全监管补助资金("
               + NUM + r")(万元|元|亿元)（(\d{4})年(\d+)月提前下达）。(\d{4})年(\d+)月，为推进承诺达标合格证扩面，县财政追加("
               + NUM + r")万元，调整后预算(" + NUM + r")万元")
    g = m.group
    c.year_is(g(1), Y, "年初预算年度")
    init, county, central, add, annual = Amt(g(2)), Amt(g(3), g(4)), Amt(g(5), g(6)), Amt(g(11)), Amt(g(12))
    c.sum_eq([county, central], init, "年初预算构成")
    c.issue_date(g(7), g(8), Y, "中央补助提前下达")
    c.year_is(g(9), Y, "追加年度")
    c.sum_eq([init, add], annual, "年初+追加=调整后预算")
    m = c.grab(r"调整后预算(" + NUM + r")万元全部到位，到位率(" + NUM + r"%)")
    c.same(Amt(m.group(1)), annual, "调整后预算（批复/到位）")
    recv = annual
    c.rate_eq(recv, annual, m.group(2), "到位率")
    m = c.grab(r"全年实际支出(" + NUM + r")万元，预算执行率(" + NUM + r"%)。其中：定量检测委托服务费(" + NUM
               + r")(万元|元|亿元)（(" + NUM + r")批次，每批次(" + NUM + r")元），快检试剂耗材(" + NUM
               + r")(万元|元|亿元)，承诺达标合格证打印设备及耗材(" + NUM + r")(万元|元|亿元)，培训及宣传(" + NUM
               + r")(万元|元|亿元)，抽样及监督执法(" + NUM + r")(万元|元|亿元)。结余(" + NUM + r")(万元|元|亿元)")
    g = m.group
    spent = Amt(g(1))
    c.rate_eq(spent, annual, g(2), "预算执行率（正文）")
    parts = [Amt(g(3), g(4)), Amt(g(7), g(8)), Amt(g(9), g(10)), Amt(g(11), g(12)), Amt(g(13), g(14))]
    c.sum_eq(parts, spent, "支出明细合计=全年支出")
    c.same(Amt(str(dec(g(5)) * dec(g(6))), "元"), parts[0], "批次×单价=委托服务费")
    c.sum_eq_generic([recv], [spent], Amt(g(15), g(16)), "到位-支出=结余", "balance_mismatch")

    srows = space_rows(c.block("分品类结果如下", "2．快速检测"), "品类")
    s = c.sample_rows([tuple(r[:4]) for r in srows], "分品类表")
    m = c.grab(r"完成定量检测(" + NUM + r")批次，合格(" + NUM + r")批次，合格率(" + NUM + r"%)（(\d{4})年为(" + NUM + r"%)）")
    c.same(m.group(1), s["合计"][1], "定量检测批次（正文/表）")
    c.same(m.group(2), s["合计"][2], "合格批次（正文/表）")
    c.rate_eq(Amt(m.group(2)), Amt(m.group(1)), m.group(3), "合格率（正文）")
    c.plausible(m.group(5), "上年合格率")
    fast = c.grab(r"农残快速检测(" + NUM + r")批次").group(1)
    m = c.grab(r"开具承诺达标合格证(" + NUM + r")万张；培训生产主体(" + NUM + r")人次，较目标少(" + NUM + r")人次")
    cert, train, short = m.group(1), m.group(2), m.group(3)
    cov = c.grab(r"合格证覆盖率达到(" + NUM + r"%)").group(1)
    c.plausible(cov, "覆盖率（正文）")
    c.plausible(c.grab(r"知晓率为(" + NUM + r"%)").group(1), "知晓率")
    lv = c.grab(r"按照产出指标(" + NUM + r")分、效益指标(" + NUM + r")分设置，另设预算执行率(" + NUM + r")分")
    tm = c.grab(r"项目得分(" + NUM + r")分，评价等级为“(.+?)”")

    blk = one_cell_rows(c.block("\t项目名称"))
    fb = {r[0]: r for r in blk if len(r) == 7}
    tot = fb["年度资金总额"]
    subs = [fb[k] for k in ("财政资金", "财政专户管理资金", "单位资金", "其他资金")]
    for col, label in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum_eq([Amt(r[col]) for r in subs], Amt(tot[col]), f"资金块{label}列合计")
    for r in [tot] + subs:
        c.rate_eq(Amt(r[3]), Amt(r[2]), r[5], f"资金块{r[0]}执行率")
    c.same(Amt(tot[1]), init, "年初预算（表/文）")
    c.same(Amt(tot[2]), annual, "全年预算（表/文）")
    c.same(Amt(tot[3]), spent, "全年执行（表/文）")
    weights, scores = [dec(tot[4])], [dec(tot[6])]
    if dec(tot[6]) > dec(tot[4]):
        c.fail("score_exceeds_weight", "预算执行得分超过分值")
    if not close(tot[6], dec(tot[4]) * min(spent.v / annual.v, D(1))):
        c.warn("score_rule_mismatch 预算执行得分")
    ind = [r for r in blk if len(r) == 11][1:]
    fill_down(ind, 0)
    for r in ind:
        nature, tv, unit, av = r[3], r[4], r[5], r[6]
        if nature == "定性":
            target, actual = tv, av
        else:
            target, actual = f"{nature}{tv}{unit}", f"{av}{unit}"
        w, s_ = c.indicator(r[2], target, actual, r[7], r[8], r[9])
        weights.append(w)
        scores.append(s_)
    by = {r[2]: r for r in ind}
    c.same(by["定量检测样品"][6], s["合计"][1], "定量检测批次（自评表/表）")
    c.same(by["快速检测样品"][6], fast, "快速检测批次（自评表/正文）")
    c.same(by["开具承诺达标合格证"][6], cert, "合格证开具量（自评表/正文）")
    c.same(by["培训生产主体"][6], train, "培训人次（自评表/正文）")
    c.sum_eq_generic([Amt(by["培训生产主体"][4])], [Amt(train)], Amt(short), "较目标少的人次", "sum_mismatch")
    c.same(by["例行监测合格率"][6], s["合计"][3].rstrip("%"), "合格率（自评表/表）")
    c.same(by["规模主体合格证覆盖率"][6], cov.rstrip("%"), "覆盖率（自评表/正文）")
    c.same(by["单批次定量检测费用"][6], g(6), "检测单价（自评表/正文）")
    lvl = level_sums(ind, 0, 8)
    lvl["预算执行"] = dec(tot[4])
    stated = {"产出指标": lv.group(1), "效益指标": lv.group(2), "预算执行": lv.group(3)}
    c.totals(weights, scores, tm.group(1), tm.group(2), lvl, stated)


def p_gongcheng(c):
    Y = int(c.grab(r"检测站\n(\d{4})年度部门整体支出绩效自评报告").group(1))
    m = c.grab(r"(\d{4})年度收入合计(" + NUM + r")万元，其中财政拨款收入(" + NUM + r")(万元|元|亿元)、上年结转(" + NUM
               + r")(万元|元|亿元)。财政拨款收入中，中央农产品质量安全监管补助资金(" + NUM + r")万元（(\d{4})年(\d+)月提前下达("
               + NUM + r")万元，(\d{4})年(\d+)月下达(" + NUM + r")万元），其余为县级财政拨款(" + NUM + r")万元")
    g = m.group
    c.year_is(g(1), Y, "收入年度")
    income, approp, carry = Amt(g(2)), Amt(g(3), g(4)), Amt(g(5), g(6))
    c.sum_eq([approp, carry], income, "收入构成")
    central = Amt(g(7))
    c.sum_eq([central, Amt(g(14))], approp, "财政拨款构成")
    c.issue_date(g(8), g(9), Y, "中央补助提前下达")
    c.issue_date(g(11), g(12), Y, "中央补助第二次下达")
    c.sum_eq([Amt(g(10)), Amt(g(13))], central, "中央补助分次下达")
    m = c.grab(r"(\d{4})年度支出合计(" + NUM + r")万元")
    c.year_is(m.group(1), Y, "支出年度")
    exp_total = Amt(m.group(2))

    rows = {}
    for line in c.block("表1", "年末结转").split("\n")[2:]:
        mm = re.match(r"^\s*(?:其中：)?\s*(\S+?)\s{2,}(" + NUM + r")\s+(" + NUM + r")\s+(" + NUM + r"%)\s*$", line)
        if mm:
            rows[mm.group(1)] = mm.groups()
    if len(rows) != 7:
        raise ParseError(f"funds table rows: {list(rows)}")
    for k, r in rows.items():
        c.rate_eq(Amt(r[2]), Amt(r[1]), r[3], f"表1 {k} 执行率")
    for col, label in ((1, "预算"), (2, "执行")):
        c.sum_eq([Amt(rows["人员经费"][col]), Amt(rows["公用经费"][col])], Amt(rows["基本支出"][col]), f"基本支出{label}")
        c.sum_eq([Amt(rows["农产品质量安全例行监测"][col]), Amt(rows["承诺达标合格证推行"][col])], Amt(rows["项目支出"][col]), f"项目支出{label}")
        c.sum_eq([Amt(rows["基本支出"][col]), Amt(rows["项目支出"][col])], Amt(rows["合计"][col]), f"合计{label}")
    c.same(Amt(rows["合计"][1]), income, "全年预算（表1/收入合计）")
    c.same(Amt(rows["合计"][2]), exp_total, "支出合计（表1/正文）")
    m = c.grab(r"年末结转(" + NUM + r")(万元|元|亿元)，其中基本支出(" + NUM + r")(万元|元|亿元)、项目支出(" + NUM
               + r")(万元|元|亿元)，结转(\d{4})年使用")
    g = m.group
    cf, cf_b, cf_p = Amt(g(1), g(2)), Amt(g(3), g(4)), Amt(g(5), g(6))
    c.sum_eq_generic([Amt(rows["合计"][1])], [Amt(rows["合计"][2])], cf, "年末结转合计", "balance_mismatch")
    c.sum_eq_generic([Amt(rows["基本支出"][1])], [Amt(rows["基本支出"][2])], cf_b, "基本支出结转", "balance_mismatch")
    c.sum_eq_generic([Amt(rows["项目支出"][1])], [Amt(rows["项目支出"][2])], cf_p, "项目支出结转", "balance_mismatch")
    c.sum_eq([cf_b, cf_p], cf, "结转构成")
    c.carry_year(g(7), Y, "结转年度")
    m = c.grab(r"全年预算(" + NUM + r")万元，执行(" + NUM + r")万元，部门整体预算执行率(" + NUM + r"%)")
    c.same(m.group(1), rows["合计"][1], "全年预算（预算执行情况/表1）")
    c.same(m.group(2), rows["合计"][2], "执行（预算执行情况/表1）")
    c.rate_eq(Amt(m.group(2)), Amt(m.group(1)), m.group(3), "部门整体预算执行率（正文）")
    m = c.grab(r"“三公”经费预算(" + NUM + r")万元，实际支出(" + NUM + r")万元，控制在预算以内")
    if dec(m.group(2)) > dec(m.group(1)):
        c.fail("conflicting_values", "三公经费超预算却称控制在预算以内")

    s = c.sample_rows([tuple(r) for r in one_cell_rows(c.block("\t品类\n"))[1:]], "品类表")
    m = c.grab(r"全年完成定量检测(" + NUM + r")批次，合格(" + NUM + r")批次，合格率(" + NUM + r"%)")
    c.same(m.group(1), s["合计"][1], "定量检测批次（产出/表）")
    c.same(m.group(2), s["合计"][2], "合格批次（产出/表）")
    c.rate_eq(Amt(m.group(2)), Amt(m.group(1)), m.group(3), "合格率（正文）")
    fast = c.grab(r"开展快速检测(" + NUM + r")批次，初筛阳性").group(1)
    m = c.grab(r"开具承诺达标合格证(" + NUM + r")万张，培训监管人员和生产主体(" + NUM + r")人次")
    cert, train = m.group(1), m.group(2)
    cov = c.grab(r"合格证覆盖率达到(" + NUM + r"%)").group(1)
    c.plausible(cov, "覆盖率（正文）")
    pm = c.grab(r"检测参数由上年的(" + NUM + r")项增加到(" + NUM + r")项，距(" + NUM + r")项的目标差(" + NUM + r")项")
    c.sum_eq_generic([Amt(pm.group(3))], [Amt(pm.group(2))], Amt(pm.group(4)), "距目标差的项数", "sum_mismatch")
    sat = c.grab(r"综合满意度(" + NUM + r"%)").group(1)
    c.plausible(sat, "满意度（正文）")
    cm = c.grab(r"四、自评结论\n全年完成定量检测(" + NUM + r")批次、快速检测(" + NUM + r")批次")
    c.same(cm.group(1), s["合计"][1], "定量检测批次（自评结论/表）")
    c.same(cm.group(2), fast, "快速检测批次（自评结论/产出）")
    c.same(Amt(c.grab(r"项目支出有(" + NUM + r")万元结转").group(1)), cf_p, "项目支出结转（问题/结转说明）")
    tm = c.grab(r"自评得分(" + NUM + r")分，评价等级为“(.+?)”")

    ind = tab_rows(c.block("一级指标\t二级指标", "\n  "))[1:]
    fill_down(ind, 0)
    weights, scores = [], []
    for r in ind:
        w, s_ = c.indicator(r[2], r[3], r[4], r[5], r[6], r[7])
        weights.append(w)
        scores.append(s_)
    by = {r[2]: r for r in ind}
    c.rate_eq(Amt(rows["合计"][2]), Amt(rows["合计"][1]), by["部门预算执行率"][4], "执行率（自评表）")
    c.same(by["定量检测样品（批次）"][4], s["合计"][1], "定量检测批次（自评表/表）")
    c.same(by["快速检测样品（批次）"][4], fast, "快速检测批次（自评表/正文）")
    c.same(by["开具承诺达标合格证（万张）"][4], cert, "合格证开具量（自评表/正文）")
    c.same(by["培训人次"][4], train, "培训人次（自评表/正文）")
    c.same(by["例行监测合格率"][4].rstrip("%"), s["合计"][3].rstrip("%"), "合格率（自评表/表）")
    c.same(by["规模主体合格证覆盖率"][4].rstrip("%"), cov.rstrip("%"), "覆盖率（自评表/正文）")
    c.same(by["检测参数（项）"][4], pm.group(2), "检测参数（自评表/正文）")
    c.same(by["检测参数（项）"][3].lstrip("≥"), pm.group(3), "检测参数目标（自评表/正文）")
    c.same(by["服务对象满意度"][4].rstrip("%"), sat.rstrip("%"), "满意度（自评表/正文）")
    gm = c.grab(r"定量检测不少于(" + NUM + r")批次；二是指导(" + NUM + r")个乡镇监管站开展快速检测不少于(" + NUM
                + r")批次；三是推动规模生产主体承诺达标合格证覆盖率不低于(" + NUM + r")%")
    for label, a, b in (("定量检测", gm.group(1), by["定量检测样品（批次）"][3]), ("快速检测", gm.group(3), by["快速检测样品（批次）"][3]),
                        ("覆盖率", gm.group(4), by["规模主体合格证覆盖率"][3])):
        c.same(a, re.sub(r"[^\d.]", "", b), f"年度重点任务{label}（职能/自评表）")
    c.totals(weights, scores, tm.group(1), tm.group(2))


PROJECTS = {
    "ha-tongxu-lijian-2019": p_tongxu,
    "sx-qinxian-lijian-2021": p_qinxian,
    "hn-xinning-hegezheng-2022": p_xinning,
    "sc-yilong-lijian-2024": p_yilong,
    "gx-gongcheng-jiancezhan-bumen-2025": p_gongcheng,
}


def run_checks(source, text, name):
    c = Ctx(text, name)
    PROJECTS[source](c)
    return c


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    if len(labels) != 35 or sum(1 for l in labels if l["clean"]) != 5:
        problems.append(f"expected 35 labels with 5 clean, got {len(labels)}")
    codes = Counter()
    clean_texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            text = fh.read()
        if rec["clean"]:
            clean_texts[rec["source"]] = text
    for rec in labels:
        name, src = rec["case"], rec["source"]
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            text = fh.read()
        try:
            c = run_checks(src, text, name)
        except ParseError as exc:
            problems.append(f"{name}: parse error: {exc}")
            continue
        got = sorted({code for code, _ in c.fails})
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if c.fails or c.warns:
                problems.append(f"{name}: clean draft fails: {c.fails} warns: {c.warns}")
            n = len(text)
            if not 1500 <= n <= 5000:
                problems.append(f"{name}: length {n} outside 1500–5000")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        e = exp[0]
        codes[e["code"]] += 1
        if e["severity"] != "error" or e["code"] not in ALL_CODES:
            problems.append(f"{name}: bad code/severity {e}")
        if got != [e["code"]]:
            problems.append(f"{name}: labelled {e['code']}, checks fail with {got}: {c.fails}")
        if text.count(e["value"]) != 1:
            problems.append(f"{name}: value occurs {text.count(e['value'])}x")
        clean = clean_texts[src]
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        old, new = clean[p:len(clean) - s], text[p:len(text) - s]
        if not (old or new) or max(len(old), len(new)) > 40:
            problems.append(f"{name}: edit {old!r} -> {new!r} empty or longer than 40 chars")
        i = text.find(e["value"])
        lo, hi = p, max(p + 1, len(text) - s)  # a pure deletion counts as the point p
        if not (lo < i + len(e["value"]) and i < hi):
            problems.append(f"{name}: edit at [{p},{len(text) - s}) does not overlap value at [{i},{i + len(e['value'])})")
    for code in ALL_CODES:
        if codes[code] < 2:
            problems.append(f"code {code} used {codes[code]}x (< 2)")
    if problems:
        for pr in problems:
            print("FAIL", pr)
        return 1
    print("per-code counts: " + ", ".join(f"{k}={codes[k]}" for k in ALL_CODES))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
