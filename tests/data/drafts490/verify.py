#!/usr/bin/env python3
"""Verify drafts490: redo every piece of arithmetic of every case from its text.

Standard library + decimal only.  For each case the figures are read back from the
text (prose by anchored regular expressions, tables by a parser for their layout),
every identity of rules.md §7 that the draft offers is recomputed with the tolerance
of rules.md §8, and the failing identities are reported by error code.

Passes (prints OK) when
  * every clean draft fails no identity (and raises no warning);
  * every error case fails its labelled code and no other error code;
  * each label value occurs exactly once in its case, and the case differs from its clean
    draft by one contiguous edit (<= 40 characters each side) that overlaps the value;
  * every error code of errors.md §A is used at least twice.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

ERROR_CODES = [
    "rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
    "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
    "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
    "completion_mismatch",
]

EPS = Decimal("1e-9")
N = r"([\d,]+(?:\.\d+)?)"                 # a number
M = r"([\d,]+(?:\.\d+)?)(亿元|万元|元)"     # an amount with its money unit (two groups)
P = r"([\d,]+(?:\.\d+)?%)"                # a percentage
Y4 = r"(\d{4})"
GRADE = r"(优秀|良好|中等|较差|优|良|中|差)"


class ExtractError(Exception):
    pass


# ---------------------------------------------------------------- numbers

def dnum(s):
    return Decimal(s.replace(",", "").rstrip("%"))


def ndec(s):
    s = s.replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def half(s):
    """Half a unit of the last written digit (rules.md §8)."""
    return Decimal(5).scaleb(-ndec(s) - 1)


TO_WAN = {"元": Decimal("0.0001"), "万元": Decimal(1), "亿元": Decimal(10000)}


class Q:
    """A stated quantity: the string as written and its unit."""

    def __init__(self, s, unit=None):
        self.s = s.strip()
        self.unit = unit

    @property
    def f(self):
        return TO_WAN.get(self.unit, Decimal(1))

    @property
    def v(self):
        return dnum(self.s) * self.f

    @property
    def tol(self):
        return half(self.s) * self.f

    def __repr__(self):
        return f"{self.s}{self.unit or ''}"


def close(stated, computed):
    return abs(computed - stated.v) <= stated.tol + EPS


SCALES = [Decimal(10) ** 4, Decimal(10) ** -4, Decimal(10) ** 8, Decimal(10) ** -8]

BAND = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "中": "中",
        "一般": "中", "合格": "中", "较差": "差", "差": "差", "不合格": "差"}


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


VAL = re.compile(r"^(≥|≤|＞|＜|>=|<=|=|＝)?\s*([\d,]+(?:\.\d+)?)\s*(.*)$")


def parse_val(s):
    """'≥106000吨' -> ('gte', '106000', '吨'); qualitative text -> None."""
    m = VAL.match(s.strip())
    if not m:
        return None
    sign, num, unit = m.groups()
    direction = {"≥": "gte", "＞": "gte", ">=": "gte", "≤": "lte", "＜": "lte", "<=": "lte"}.get(sign, "eq")
    return direction, num, unit.strip()


def completion(direction, t, a):
    if direction == "lte":
        return Decimal(100) if a <= t else t / a * 100
    if t == 0:
        return Decimal(100) if a <= 0 else Decimal(0)
    return a / t * 100


# ---------------------------------------------------------------- report

class Report:
    def __init__(self, text):
        self.t = text
        self.errors = []
        self.warnings = []

    # extraction -------------------------------------------------------
    def g(self, pattern, flags=0):
        ms = list(re.finditer(pattern, self.t, flags))
        if len(ms) != 1:
            raise ExtractError(f"{len(ms)} matches for {pattern!r}")
        return ms[0].groups()

    def fail(self, code, msg):
        self.errors.append((code, msg))

    def warn(self, code, msg):
        self.warnings.append((code, msg))

    # identities -------------------------------------------------------
    def same(self, what, *qs, code="conflicting_values"):
        """I11: every statement of one quantity has one value (units normalised)."""
        a = qs[0]
        for b in qs[1:]:
            if abs(a.v - b.v) <= max(a.tol, b.tol) + EPS:
                continue
            if any(abs(a.v * k - b.v) <= max(a.tol * k, b.tol) + EPS for k in SCALES):
                self.fail("unit_mismatch", f"{what}: {a} vs {b} differ by a power of ten")
            else:
                self.fail(code, f"{what}: {a} vs {b}")

    def total(self, what, total, parts, code="sum_mismatch"):
        """I4 (and I3 / differences): total = sum of signed parts."""
        parts = [(1, p) if isinstance(p, Q) else p for p in parts]
        comp = sum((sg * p.v for sg, p in parts), Decimal(0))
        if abs(comp - total.v) <= total.tol + EPS:
            return True
        for i in range(len(parts) + 1):          # one amount written with the wrong unit?
            for k in SCALES:
                if i == len(parts):
                    c2, t2 = comp, total.v * k
                else:
                    sg, p = parts[i]
                    c2, t2 = comp - sg * p.v + sg * p.v * k, total.v
                if abs(c2 - t2) <= total.tol * (k if i == len(parts) else 1) + EPS:
                    self.fail("unit_mismatch", f"{what}: reconciled by rescaling one amount by {k}")
                    return False
        self.fail(code, f"{what}: computed {comp}, stated {total}")
        return False

    def product(self, what, result, qty, price):
        """amount = quantity x unit price (元 per unit), compared in the unit of the result."""
        comp_yuan = qty.v * dnum(price.s)
        comp = comp_yuan * TO_WAN["元"] / result.f
        if abs(comp - dnum(result.s)) <= half(result.s) + EPS:
            return
        if any(abs(comp * k - dnum(result.s)) <= half(result.s) + EPS for k in SCALES):
            self.fail("unit_mismatch", f"{what}: {qty} x {price} vs {result}, off by a power of ten")
        else:
            self.fail("sum_mismatch", f"{what}: {qty} x {price} = {comp_yuan}元, stated {result}")

    def rate(self, what, stated, num, den, cap=True):
        """I1/I2/I5: stated rate = num / den (a '—' is accepted on a zero base only)."""
        s = stated.strip()
        if s in ("—", "-", ""):
            if den.v != 0:
                self.warn("missing_figure", f"{what}: rate not stated on a non-zero base")
            return
        v = dnum(s)
        if den.v == 0:
            if v != 0:
                self.fail("implausible_rate", f"{what}: {s} on a zero base")
            return
        comp = num.v / den.v * 100
        if cap and (v > 100 or comp > 100 + EPS):
            self.fail("implausible_rate", f"{what}: rate {s} (computed {comp:.4f}) above 100%")
            return
        if abs(comp - v) > half(s) + EPS:
            self.fail("rate_mismatch", f"{what}: computed {comp:.4f}%, stated {s}")

    def average(self, what, stated, items=None, total=None, n=None):
        """I10: stated average = mean of the items (or total / n)."""
        comp = (sum(i.v for i in items) / len(items)) if items else total.v / n
        if abs(comp - stated.v) > stated.tol + EPS:
            self.fail("average_mismatch", f"{what}: computed {comp:.4f}, stated {stated}")

    def approx(self, what, stated, total, n):
        """约… : informational only (never an error, rules.md §8)."""
        comp = total.v / n
        if abs(comp - stated.v) > Decimal("0.5") * 10 ** (-ndec(stated.s)) * 2:
            self.warn("approximation", f"{what}: 约{stated} vs {comp:.2f}")

    def year_is(self, what, y, year):
        if int(y) != year:
            self.fail("year_mismatch", f"{what}: {y}, evaluation year {year}")

    def year_after(self, what, y, year):
        if int(y) <= year:
            self.fail("year_mismatch", f"{what}: carried to {y}, must be after {year}")

    def year_issued(self, what, y, month, year):
        y, month = int(y), int(month)
        if not (y == year or (y == year - 1 and month == 12)):
            self.fail("year_mismatch", f"{what}: issued {y}年{month}月 for a {year} budget")

    def grade(self, what, total, label):
        if BAND[label] != band(total.v):
            self.fail("grade_mismatch", f"{what}: {label} for total {total}")

    # indicator table ----------------------------------------------------
    def exec_score(self, what, weight, score, spent, budget, stated_rate=None):
        w, s = Q(weight), Q(score)
        if s.v > w.v or s.v < 0:
            self.fail("score_exceeds_weight", f"{what}: score {s} weight {w}")
            return
        r = min(spent.v / budget.v, Decimal(1))
        ok = close(s, w.v * r)
        if not ok and stated_rate and stated_rate.strip() not in ("—", ""):
            ok = close(s, w.v * min(dnum(stated_rate) / 100, Decimal(1)))
        if not ok:
            self.warn("score_rule_mismatch", f"{what}: score {s} vs {w.v * r:.4f}")

    def indicators(self, rows, extra_weight=None, extra_score=None, weight_totals=(),
                   score_totals=(), l1_weights=None, l1_scores=None):
        """Generic checks on indicator rows.

        rows: dicts with l1, name, target, actual, weight, score, [completion], [direction]
        extra_weight/extra_score: the execution weight and score when they sit in the funds block
        weight_totals / score_totals: stated totals (Q) the sums must equal
        l1_weights / l1_scores: {level-1 name: Q} subtotals stated for a level
        """
        wsum = sum((dnum(r["weight"]) for r in rows), Decimal(0))
        ssum = sum((dnum(r["score"]) for r in rows), Decimal(0))
        if extra_weight is not None:
            wsum += dnum(extra_weight)
            ssum += dnum(extra_score)
        if wsum != 100:
            self.fail("weight_sum_mismatch", f"weights sum to {wsum}")
        for t in weight_totals:
            if abs(wsum - t.v) > t.tol + EPS:
                self.fail("weight_sum_mismatch", f"weights sum to {wsum}, stated {t}")
        for t in score_totals:
            if abs(ssum - t.v) > t.tol + EPS:
                self.fail("score_sum_mismatch", f"scores sum to {ssum}, stated {t}")
        for l1, t in (l1_weights or {}).items():
            s = sum((dnum(r["weight"]) for r in rows if r["l1"] == l1), Decimal(0))
            if l1 == "预算执行" and extra_weight is not None:
                s = dnum(extra_weight)
            if abs(s - t.v) > t.tol + EPS:
                self.fail("weight_sum_mismatch", f"{l1}: rows weigh {s}, stated {t}")
        for l1, t in (l1_scores or {}).items():
            s = sum((dnum(r["score"]) for r in rows if r["l1"] == l1), Decimal(0))
            if l1 == "预算执行" and extra_score is not None:
                s = dnum(extra_score)
            if abs(s - t.v) > t.tol + EPS:
                self.fail("score_sum_mismatch", f"{l1}: rows score {s}, stated {t}")
        for r in rows:
            self.indicator_row(r)

    def indicator_row(self, r):
        name = r["name"]
        w, s = Q(r["weight"]), Q(r["score"])
        if s.v > w.v or s.v < 0:
            self.fail("score_exceeds_weight", f"{name}: score {s} weight {w}")
        tv, av = parse_val(r["target"]), parse_val(r["actual"])
        if tv is None or r.get("direction") == "qualitative":
            if r["actual"].strip() == r["target"].strip() and s.v != w.v:
                self.warn("score_rule_mismatch", f"{name}: qualitative target met, score {s}")
            return
        if av is None:
            self.fail("unit_mismatch", f"{name}: actual {r['actual']!r} not a figure")
            return
        direction = r.get("direction") or tv[0]
        t_unit = r.get("unit", tv[2])
        a_unit = r.get("unit", av[2]) if not av[2] else av[2]
        if t_unit != a_unit:
            self.fail("unit_mismatch", f"{name}: target {r['target']} vs actual {r['actual']}")
            return
        t, a = dnum(tv[1]), dnum(av[1])
        if a_unit == "%" and name.endswith("率") and "增长" not in name and a > 100:
            # satisfaction, 达标率, 处理率, 及时率, 覆盖率, 结案率 cannot exceed 100%
            self.fail("implausible_rate", f"{name}: {r['actual']} above 100%")
        if a_unit == "%" and ("满意" in name) and a > 100:
            self.fail("implausible_rate", f"{name}: {r['actual']} above 100%")
        comp = completion(direction, t, a)
        if r.get("completion"):
            c = r["completion"]
            if abs(comp - dnum(c)) > half(c) + EPS:
                self.fail("completion_mismatch", f"{name}: computed {comp:.4f}%, stated {c}")
        exp = w.v * min(comp, Decimal(100)) / 100
        ok = close(s, exp)
        if not ok and r.get("completion"):
            ok = close(s, w.v * min(dnum(r["completion"]), Decimal(100)) / 100)
        if not ok:
            self.warn("score_rule_mismatch", f"{name}: score {s}, rule gives {exp:.4f}")
        if direction == "gte" and t > 0 and comp > 120:
            self.warn("deviation_unexplained", f"{name}: {comp:.2f}% of target")


# ---------------------------------------------------------------- table readers

def tab_line(text, first):
    ls = [l.split("\t") for l in text.split("\n") if l.split("\t")[0] == first]
    if len(ls) != 1:
        raise ExtractError(f"{len(ls)} tab rows starting {first!r}")
    return ls[0]


def space_line(text, first):
    ls = [re.split(r"\s{2,}", l.strip()) for l in text.split("\n") if re.split(r"\s{2,}", l.strip())[0] == first]
    if len(ls) != 1:
        raise ExtractError(f"{len(ls)} space rows starting {first!r}")
    return ls[0]


FOOTER = re.compile(r"^\s*(第 \d+ 页\s+共 \d+ 页|— \d+ —|\d+)\s*$")


def space_indicators(text, header_first, end_first):
    """PDF copy: one row a line, cells separated by runs of spaces; page footers skipped.
    Columns after the 三级 name: weight, target, actual, completion, score, [note]."""
    lines = text.split("\n")
    start = [i for i, l in enumerate(lines) if l.startswith(header_first)]
    if len(start) != 1:
        raise ExtractError("indicator header")
    rows, l1, total = [], None, None
    for l in lines[start[0] + 1:]:
        if not l.strip() or FOOTER.match(l):
            continue
        cells = re.split(r"\s{2,}", l.strip())
        if cells[0] == end_first:
            total = cells
            break
        i = next(k for k, c in enumerate(cells) if re.fullmatch(r"\d+(\.\d+)?", c))
        if i == 3:
            l1 = cells[0]
        rows.append({"l1": l1, "name": cells[i - 1], "weight": cells[i], "target": cells[i + 1],
                     "actual": cells[i + 2], "completion": cells[i + 3], "score": cells[i + 4]})
    if total is None:
        raise ExtractError("indicator total row")
    return rows, total


def flat_blocks(text):
    """Word copy (seed 003 style): one cell a line with a leading tab, blank line between rows."""
    blocks, cur = [], []
    for l in text.split("\n"):
        if l.startswith("\t"):
            cur.append(l[1:])
        else:
            if cur:
                blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    return blocks


# ---------------------------------------------------------------- projects

def yongan(r):
    Y = 2021
    t = r.t
    W = lambda s: Q(s, "万元")
    # funds block of the 自评表: name, 年初, 全年, 执行, 分值, 执行率, 得分
    tot, cur, co, oth = (tab_line(t, k) for k in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"))
    for c, lab in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        r.total(f"资金总额 {lab}", W(tot[c]), [W(cur[c]), W(co[c]), W(oth[c])])
    for row in (tot, cur, co, oth):
        r.rate(f"{row[0]} 执行率", row[5], W(row[3]), W(row[2]))
    r.exec_score("预算执行", tot[4], tot[6], W(tot[3]), W(tot[2]), tot[5])
    # indicator rows
    lines = t.split("\n")
    i0 = next(i for i, l in enumerate(lines) if l.startswith("一级指标\t"))
    rows, l1 = [], None
    for l in lines[i0 + 1:]:
        c = l.split("\t")
        if c[0] == "总分":
            total_row = c
            break
        l1 = c[0] or l1
        rows.append({"l1": l1, "name": c[2], "target": c[3], "actual": c[4], "weight": c[5], "score": c[6]})
    table_total = Q(total_row[6])
    # prose
    intro, = r.g(r"项目" + N + r"万元开展了绩效自评")
    b_all, b_init, b_cur0, b_co0, b_add = r.g(
        r"全年预算" + N + r"万元，其中年初预算" + N + r"万元（当年财政拨款" + N + r"万元、上年结转资金" + N
        + r"万元），\d+月年中追加" + N + r"万元")
    recv, recv_rate = r.g(r"全年资金到位" + N + r"万元，到位率" + P)
    co_again, = r.g(r"上年结转资金" + N + r"万元为\d{4}年第四季度处理费尾款")
    y_end, spent, rate_p, cur_sp, cur_sp_y, cur_sp_yu, co_sp = r.g(
        r"截至" + Y4 + r"年12月31日，项目实际支出" + N + r"万元，预算执行率" + P + r"，其中当年财政拨款支出" + N
        + r"万元（" + M + r"），上年结转资金支出" + N + r"万元")
    bal, y_co = r.g(r"年末未支付的" + N + r"万元[^。]*?结转至" + Y4 + r"年使用")
    y_t, ton1, per_day, y_last, ton_last, growth = r.g(
        Y4 + r"年全市进厂生活垃圾" + N + r"吨，日均处理约" + N + r"吨，较" + Y4 + r"年的" + N + r"吨增长" + P)
    tot_p, grade_p = r.g(r"自评得分" + N + r"分，评价等级为" + GRADE)
    fee, ton2, price, ded, d1, d2, paid = r.g(
        r"全年应付处理费" + N + r"万元（" + N + r"吨×" + N + r"元/吨），考核扣款" + N + r"万元，分别为飞灰处置不规范扣款"
        + N + r"万元、渗滤液出水超标扣款" + N + r"万元，实付" + N + r"万元")
    ton3, comp3 = r.g(r"全年焚烧处理生活垃圾" + N + r"吨，完成年度目标的" + P)
    slag, = r.g(r"炉渣热灼减率" + P + r"，")
    power, harmless = r.g(r"全年上网电量" + N + r"万千瓦时，城区生活垃圾无害化处理率" + P)
    sat, = r.g(r"周边居民满意度为" + P)
    grade_t, = r.g(r"评价等级\t(优|良|中|差)")
    price0, = r.g(r"协议单价" + N + r"元/吨")
    y_co_src, = r.g(r"上年结转资金" + N + r"万元为" + Y4 + r"年第四季度")[1:]
    goal_ton, goal_slag = r.g(r"全年焚烧处理量不低于" + N + r"吨；烟气排放稳定达标，炉渣热灼减率控制在" + P + r"以内")
    goal_ton_t, act_ton_t = r.g(r"\t全年焚烧处理生活垃圾不低于" + N + r"吨[^\t]*\t全年焚烧处理" + N + r"吨")
    y_notice, y_intro = r.g(r"关于开展" + Y4 + r"年度市级财政支出绩效自评工作的通知》（永财绩〔\d{4}〕\d+号）要求，我局组织对"
                            + Y4 + r"年度")
    y_paid_co, = r.g(r"已于" + Y4 + r"年1月考核后支付")
    n_settle, = r.g(r"全年" + N + r"次结算均按期完成")
    n_settle_t, = r.g(r"烟气全年达标，" + N + r"个季度处理费均按期结算")
    y_title, = r.g(r"^永安市城市管理局\n" + Y4 + r"年度")
    y_table, = r.g(Y4 + r"年度项目支出绩效自评表")
    # quarterly settlement table
    qrows = [tab_line(t, k) for k in ("第一季度", "第二季度", "第三季度", "第四季度")]
    qtot = tab_line(t, "合计")
    for q in qrows:
        r.product(f"表1 {q[0]} 应付处理费", Q(q[3], "元"), Q(q[1]), Q(q[2], "元"))
        r.total(f"表1 {q[0]} 实付", Q(q[5], "元"), [(1, Q(q[3], "元")), (-1, Q(q[4], "元"))])
    for c, lab in ((1, "进厂量"), (3, "应付"), (4, "扣款"), (5, "实付")):
        r.total(f"表1 合计 {lab}", Q(qtot[c], "元" if c > 1 else None), [Q(q[c], "元" if c > 1 else None) for q in qrows])
    # identities
    r.total("年初预算 = 当年 + 结转 (text)", W(b_init), [W(b_cur0), W(b_co0)])
    r.total("全年预算 = 年初 + 追加 (text)", W(b_all), [W(b_init), W(b_add)])
    r.same("全年预算", W(intro), W(b_all), W(recv), W(tot[2]))
    r.same("年初预算", W(b_init), W(tot[1]))
    r.same("当年财政拨款 年初", W(b_cur0), W(cur[1]))
    r.same("上年结转资金", W(b_co0), W(co_again), W(co[2]), W(co[3]), W(co_sp))
    r.rate("到位率", recv_rate, W(recv), W(tot[2]))
    r.same("全年执行数", W(spent), W(tot[3]))
    r.rate("执行率 (text)", rate_p, W(spent), W(tot[2]))
    r.same("当年财政拨款支出", W(cur_sp), Q(cur_sp_y, cur_sp_yu), W(cur[3]), W(paid), Q(qtot[5], "元"))
    r.total("实际支出 = 当年 + 结转 (text)", W(spent), [W(cur_sp), W(co_sp)])
    r.total("结转 = 到位 - 执行", W(bal), [(1, W(recv)), (-1, W(spent))], code="balance_mismatch")
    r.year_after("结转", y_co, Y)
    r.year_is("截至", y_end, Y)
    r.year_is("进厂量年度", y_t, Y)
    r.year_is("标题", y_title, Y)
    r.year_is("自评表", y_table, Y)
    if int(y_last) != Y - 1:
        r.fail("year_mismatch", "上年 figure not of the previous year")
    r.same("进厂量", Q(ton1), Q(ton2), Q(ton3), Q(qtot[1]), Q(parse_val(rows[0]["actual"])[1]))
    r.rate("增长率", growth, Q(str(dnum(ton1) - dnum(ton_last))), Q(ton_last))
    r.approx("日均处理", Q(per_day), Q(ton1), 365)
    r.product("应付处理费 (text)", W(fee), Q(ton2), Q(price, "元"))
    r.same("应付处理费", W(fee), Q(qtot[3], "元"))
    r.total("考核扣款 分别", W(ded), [W(d1), W(d2)])
    r.same("考核扣款", W(ded), Q(qtot[4], "元"))
    r.total("实付 = 应付 - 扣款", W(paid), [(1, W(fee)), (-1, W(ded))])
    r.same("结算单价", Q(price), Q(price0), *[Q(q[2]) for q in qrows], Q(parse_val(rows[4]["actual"])[1]),
           Q(parse_val(rows[4]["target"])[1]))
    r.same("焚烧处理量 目标", Q(goal_ton), Q(goal_ton_t), Q(parse_val(rows[0]["target"])[1]))
    r.same("焚烧处理量 (自评表 目标栏)", Q(act_ton_t), Q(ton1))
    for what, y in (("通知", y_notice), ("opening", y_intro), ("上年结转 paid", y_paid_co)):
        r.year_is(what, y, Y)
    r.same("结算次数", Q(n_settle), Q(n_settle_t), Q(str(len(qrows))))
    if int(y_co_src) != Y - 1:
        r.fail("year_mismatch", "上年结转 service year")
    # completion stated in text
    target = parse_val(rows[0]["target"])
    c = completion(target[0], dnum(target[1]), dnum(ton3))
    if abs(c - dnum(comp3)) > half(comp3) + EPS:
        r.fail("completion_mismatch", f"焚烧处理量 completion {c:.4f} vs {comp3}")
    byname = {x["name"]: x for x in rows}
    r.same("炉渣热灼减率", Q(slag), Q(byname["炉渣热灼减率"]["actual"]))
    r.same("炉渣热灼减率 目标", Q(goal_slag), Q(parse_val(byname["炉渣热灼减率"]["target"])[1] + "%"))
    r.same("上网电量", Q(power), Q(parse_val(byname["年上网电量"]["actual"])[1]))
    r.same("无害化处理率", Q(harmless), Q(byname["城区生活垃圾无害化处理率"]["actual"]))
    r.same("满意度", Q(sat), Q(byname["周边居民满意度"]["actual"]))
    r.indicators(rows, extra_weight=tot[4], extra_score=tot[6],
                 weight_totals=[Q(total_row[5])], score_totals=[table_total, Q(tot_p)])
    r.grade("text", table_total, grade_p)
    r.grade("自评表", table_total, grade_t)


def huangchuan(r):
    Y = 2019
    t = r.t
    W = lambda s, u="万元": Q(s, u)
    y_intro, intro, intro_u = r.g(r"对" + Y4 + r"年度生活垃圾填埋场渗滤液处置项目资金" + M + r"进行了绩效自评")
    y_b, b_all, u1, b_init, u2, b_add, u3 = r.g(
        Y4 + r"年项目全年预算" + M + r"，其中年初预算" + M + r"，\d+月因雨季处置量增加追加预算" + M)
    recv, u4, recv_rate = r.g(r"全年实际到位" + M + r"，到位率" + P)
    spent, u5, rate_p, bal, u6 = r.g(r"全年实际支出" + M + r"，预算执行率" + P + r"，结余" + M)
    fee, u7, ded, u8, paid, u9 = r.g(r"全年应付处置费" + M + r"，扣除水质考核扣款" + M + r"后，实付" + M)
    tot_p, grade_p = r.g(r"本项目自评得分" + N + r"分，等级为" + GRADE)
    w_exec, w_out, w_ben, w_sat = r.g(
        r"其中预算执行指标权重" + N + r"分，产出指标" + N + r"分，效益指标" + N + r"分，满意度指标" + N + r"分")
    ton1, per_q, per_d, share = r.g(
        r"全年处置渗滤液" + N + r"吨，季均" + N + r"吨，日均处置渗滤液" + N + r"吨，其中雨季所在的第三季度处置量占全年" + P)
    y_last, ton_last, growth = r.g(Y4 + r"年处置量为" + N + r"吨，本年增长" + P)
    n_test, n_ok, ok_rate = r.g(r"抽检" + N + r"次，达标" + N + r"次，达标率" + P)
    level, = r.g(r"调节池最高液位" + N + r"米")
    days, = r.g(r"正常运行" + N + r"天")
    sat, = r.g(r"满意度为" + P)
    price0, = r.g(r"中标单价" + N + r"元/吨")
    y_notice, = r.g(r"关于开展" + Y4 + r"年度县级预算项目绩效自评工作的通知")
    g_ton, g_ok, g_level, g_sat = r.g(r"全年处置渗滤液不少于" + N + r"吨，出水达标率不低于" + P + r"，填埋场调节池液位控制在" + N
                                      + r"米以下，不发生渗滤液外溢污染事件，周边群众满意度达到" + P + r"以上")
    y_title, = r.g(r"^潢川县环境卫生管理处\n" + Y4 + r"年度")
    y_table, = r.g(r"项目支出绩效自评表（" + Y4 + r"年度）")
    # quarterly table (PDF copy)
    qrows = [space_line(t, k) for k in ("第一季度", "第二季度", "第三季度", "第四季度")]
    lines = t.split("\n")
    qtot = [re.split(r"\s{2,}", l.strip()) for l in lines if l.startswith("合计") and "—" in l]
    if len(qtot) != 1:
        raise ExtractError("quarter total")
    qtot = qtot[0]
    for q in qrows:
        r.product(f"{q[0]} 应付费用", W(q[3], "元"), Q(q[1]), W(q[2], "元"))
        r.total(f"{q[0]} 实付", W(q[5], "元"), [(1, W(q[3], "元")), (-1, W(q[4], "元"))])
    for c in (1, 3, 4, 5):
        u = "元" if c > 1 else None
        r.total(f"季度表 合计 col {c}", Q(qtot[c], u), [Q(q[c], u) for q in qrows])
    # funds block: name, 年初, 全年, 执行, 执行率
    ftot, ffin, foth = (space_line(t, k) for k in ("年度资金总额", "其中：财政拨款", "其他资金"))
    for c in (1, 2, 3):
        r.total(f"资金总额 col {c}", W(ftot[c]), [W(ffin[c]), W(foth[c])])
    for row in (ftot, ffin, foth):
        r.rate(f"{row[0]} 执行率", row[4], W(row[3]), W(row[2]))
    # indicators (with 完成率)
    rows, trow = space_indicators(t, "一级指标", "合计")
    ex = rows[0]
    r.rate("自评表 预算执行率 (实际完成值)", ex["actual"], W(ftot[3]), W(ftot[2]))
    r.exec_score("预算执行", ex["weight"], ex["score"], W(ftot[3]), W(ftot[2]), ex["actual"])
    ind = rows[1:]
    ind_total_w, ind_total_s = Q(trow[1]), Q(trow[2])
    r.indicators(ind, extra_weight=ex["weight"], extra_score=ex["score"],
                 weight_totals=[ind_total_w], score_totals=[ind_total_s, Q(tot_p)],
                 l1_weights={"预算执行": Q(w_exec), "产出指标": Q(w_out), "效益指标": Q(w_ben), "满意度指标": Q(w_sat)})
    if abs(dnum(ex["completion"]) - dnum(ex["actual"]) / dnum(ex["target"]) * 100) > half(ex["completion"]) + EPS:
        r.fail("completion_mismatch", "预算执行率 完成率")
    r.grade("text", ind_total_s, grade_p)
    # prose identities
    r.same("全年预算", W(intro, intro_u), W(b_all, u1), W(ftot[2]))
    r.same("年初预算", W(b_init, u2), W(ftot[1]))
    r.total("全年 = 年初 + 追加", W(b_all, u1), [W(b_init, u2), W(b_add, u3)])
    r.rate("到位率", recv_rate, W(recv, u4), W(b_all, u1))
    r.same("全年执行数", W(spent, u5), W(ftot[3]), W(paid, u9), W(qtot[5], "元"))
    r.rate("执行率 (text)", rate_p, W(spent, u5), W(b_all, u1))
    r.total("结余 = 到位 - 执行", W(bal, u6), [(1, W(recv, u4)), (-1, W(spent, u5))], code="balance_mismatch")
    r.total("实付 = 应付 - 扣款", W(paid, u9), [(1, W(fee, u7)), (-1, W(ded, u8))])
    r.same("应付处置费", W(fee, u7), W(qtot[3], "元"))
    r.same("考核扣款", W(ded, u8), W(qtot[4], "元"))
    byname = {x["name"]: x for x in ind}
    r.same("处置量", Q(ton1), Q(qtot[1]), Q(parse_val(byname["渗滤液处置量"]["actual"])[1]))
    r.average("季均处置量", Q(per_q), total=Q(ton1), n=4)
    r.average("日均处置量", Q(per_d), total=Q(ton1), n=365)
    r.rate("第三季度占比", share, Q(qrows[2][1]), Q(ton1))
    r.rate("增长率", growth, Q(str(dnum(ton1) - dnum(ton_last))), Q(ton_last))
    if int(y_last) != Y - 1:
        r.fail("year_mismatch", "上年 figure")
    r.rate("出水达标率", ok_rate, Q(n_ok), Q(n_test))
    r.same("出水达标率", Q(ok_rate), Q(byname["出水达标率"]["actual"]))
    r.same("调节池液位", Q(level), Q(parse_val(byname["调节池最高液位"]["actual"])[1]))
    r.same("运行天数", Q(days), Q(parse_val(byname["处置设备正常运行天数"]["actual"])[1]))
    r.same("满意度", Q(sat), Q(byname["周边群众满意度"]["actual"]))
    tgt = lambda name: Q(parse_val(byname[name]["target"])[1])
    r.same("处置单价", Q(price0), *[Q(q[2]) for q in qrows], tgt("渗滤液处置单价"),
           Q(parse_val(byname["渗滤液处置单价"]["actual"])[1]))
    r.same("处置量 目标", Q(g_ton), tgt("渗滤液处置量"))
    r.same("出水达标率 目标", Q(g_ok), Q(byname["出水达标率"]["target"].lstrip("≥")))
    r.same("液位 目标", Q(g_level), tgt("调节池最高液位"))
    r.same("满意度 目标", Q(g_sat), Q(byname["周边群众满意度"]["target"].lstrip("≥")))
    for what, y in (("通知", y_notice), ("opening", y_intro), ("预算", y_b), ("标题", y_title), ("自评表", y_table)):
        r.year_is(what, y, Y)


def ningjin(r):
    Y = 2023
    t = r.t
    W = lambda s, u="万元": Q(s, u)
    y_b, b_all, u1, b_init, u2, b_add, u3, b_fin, u4, b_co, u5 = r.g(
        Y4 + r"年部门全年预算" + M + r"，其中年初预算" + M + r"、年中追加" + M + r"；按资金来源分，一般公共预算财政拨款" + M
        + r"、上年结转资金" + M)
    spent, u6, basic, u7, proj, u8, rate_p = r.g(
        r"全年支出" + M + r"，其中基本支出" + M + r"、项目支出" + M + r"，部门预算执行率" + P)
    y_last, last, u9, inc, u10 = r.g(r"较" + Y4 + r"年部门支出" + M + r"增加" + M)
    carry, u11, y_co = r.g(r"年末结转" + M + r"，[^。]*?结转" + Y4 + r"年使用")
    p1, v1, p2, v2, p3, v3, p4, v4 = r.g(
        r"项目支出中，生活垃圾焚烧处理费" + M + r"、渗滤液处置费" + M + r"、城区道路清扫保洁服务费" + M
        + r"、城市管理执法及数字化城管等其他项目" + M)
    n_proj, = r.g(r"对部门整体支出和" + N + r"个重点项目逐项开展自评")
    n_proj2, = r.g(r"。" + N + r"个重点项目自评得分分别为")
    g_b, g_l, g_sweep, g_sat = r.g(r"全年焚烧处理生活垃圾不少于" + N + r"吨、处置渗滤液不少于" + N + r"吨；城区道路机械化清扫率不低于"
                                   + P + r"；处理费按月结算；群众对市容环境卫生满意度不低于" + P)
    s1, s2, s3, avg = r.g(r"自评得分分别为" + N + r"分、" + N + r"分、" + N + r"分，平均自评得分" + N + r"分")
    ton_b, price_b, fee_b, uf1, ded_b, ud1, paid_b, up1 = r.g(
        r"全年进厂" + N + r"吨，按" + N + r"元/吨结算应付" + M + r"，扣除运营考核扣款" + M + r"，实付" + M)
    ton_l, price_l, fee_l, uf2, ded_l, ud2, paid_l, up2 = r.g(
        r"全年处置" + N + r"吨，按" + N + r"元/吨结算应付" + M + r"，扣除出水考核扣款" + M + r"，实付" + M)
    ok_rate, = r.g(r"达标率" + P + r"，未达到目标")
    sweep, sweep_last, pp, close_rate = r.g(
        r"机械化清扫率" + P + r"，较上年的" + P + r"提高" + N + r"个百分点；数字化城管案件结案率" + P)
    sat, = r.g(r"满意度为" + P)
    tot_p, grade_p = r.g(r"部门整体支出自评得分" + N + r"分，等级为" + GRADE)
    y_title, = r.g(r"\n" + Y4 + r"年度部门整体支出绩效自评报告")
    y_table, = r.g(r"附件：" + Y4 + r"年度部门整体支出绩效自评表")
    # tables
    blocks = flat_blocks(t)
    fi = next(i for i, b in enumerate(blocks) if b[0] == "项目资金（万元）")
    ftot, fbas, fpro = blocks[fi + 1], blocks[fi + 2], blocks[fi + 3]
    for c in (1, 2, 3):
        r.total(f"资金总额 col {c}", W(ftot[c]), [W(fbas[c]), W(fpro[c])])
    for row in (ftot, fbas, fpro):
        r.rate(f"{row[0]} 执行率", row[4], W(row[3]), W(row[2]))
    ii = next(i for i, b in enumerate(blocks) if b[0] == "一级指标")
    rows, l1 = [], None
    for b in blocks[ii + 1:]:
        if b[0] == "总分":
            trow = b
            break
        if len(b) != 9:
            raise ExtractError(f"row of {len(b)} cells")
        l1 = b[0] or l1
        rows.append({"l1": l1, "name": b[2], "weight": b[3], "target": b[4], "actual": b[5],
                     "completion": b[6], "score": b[7]})
    ex = rows[0]
    r.rate("自评表 部门预算执行率", ex["actual"], W(ftot[3]), W(ftot[2]))
    r.exec_score("预算执行", ex["weight"], ex["score"], W(ftot[3]), W(ftot[2]), ex["actual"])
    if abs(dnum(ex["completion"]) - dnum(ex["actual"]) / dnum(ex["target"]) * 100) > half(ex["completion"]) + EPS:
        r.fail("completion_mismatch", "预算执行率 完成率")
    r.indicators(rows[1:], extra_weight=ex["weight"], extra_score=ex["score"],
                 weight_totals=[Q(trow[3])], score_totals=[Q(trow[7]), Q(tot_p)])
    r.grade("text", Q(trow[7]), grade_p)
    # prose identities
    r.total("全年 = 年初 + 追加", W(b_all, u1), [W(b_init, u2), W(b_add, u3)])
    r.total("全年 = 财政拨款 + 上年结转", W(b_all, u1), [W(b_fin, u4), W(b_co, u5)])
    r.same("全年预算", W(b_all, u1), W(ftot[2]))
    r.same("年初预算", W(b_init, u2), W(ftot[1]))
    r.total("支出 = 基本 + 项目", W(spent, u6), [W(basic, u7), W(proj, u8)])
    r.same("全年支出", W(spent, u6), W(ftot[3]))
    r.same("基本支出", W(basic, u7), W(fbas[3]))
    r.same("项目支出", W(proj, u8), W(fpro[3]))
    r.rate("部门预算执行率 (text)", rate_p, W(spent, u6), W(b_all, u1))
    r.total("较上年增加", W(inc, u10), [(1, W(spent, u6)), (-1, W(last, u9))])
    if int(y_last) != Y - 1:
        r.fail("year_mismatch", "上年 figure")
    r.total("年末结转 = 全年 - 支出", W(carry, u11), [(1, W(b_all, u1)), (-1, W(spent, u6))], code="balance_mismatch")
    r.year_after("结转", y_co, Y)
    r.total("项目支出 = 各项目", W(proj, u8), [W(p1, v1), W(p2, v2), W(p3, v3), W(p4, v4)])
    r.average("重点项目平均自评得分", Q(avg), items=[Q(s1), Q(s2), Q(s3)])
    if not int(n_proj) == int(n_proj2) == 3:
        r.fail("sum_mismatch", "number of key projects")
    r.product("焚烧 应付", W(fee_b, uf1), Q(ton_b), Q(price_b, "元"))
    r.total("焚烧 实付", W(paid_b, up1), [(1, W(fee_b, uf1)), (-1, W(ded_b, ud1))])
    r.product("渗滤液 应付", W(fee_l, uf2), Q(ton_l), Q(price_l, "元"))
    r.total("渗滤液 实付", W(paid_l, up2), [(1, W(fee_l, uf2)), (-1, W(ded_l, ud2))])
    r.same("焚烧处理费", W(p1, v1), W(paid_b, up1))
    r.same("渗滤液处置费", W(p2, v2), W(paid_l, up2))
    byname = {x["name"]: x for x in rows}
    r.same("焚烧处理量", Q(ton_b), Q(parse_val(byname["生活垃圾焚烧处理量"]["actual"])[1]))
    r.same("渗滤液处置量", Q(ton_l), Q(parse_val(byname["渗滤液处置量"]["actual"])[1]))
    r.same("焚烧单价", Q(price_b), Q(parse_val(byname["焚烧处理单价"]["actual"])[1]))
    r.same("出水达标率", Q(ok_rate), Q(byname["渗滤液出水达标率"]["actual"]))
    r.same("机械化清扫率", Q(sweep), Q(byname["道路机械化清扫率"]["actual"]))
    r.total("清扫率提高", Q(pp), [(1, Q(sweep)), (-1, Q(sweep_last))])
    r.same("结案率", Q(close_rate), Q(byname["数字化城管案件结案率"]["actual"]))
    r.same("满意度", Q(sat), Q(byname["群众满意度"]["actual"]))
    tgt = lambda name: Q(parse_val(byname[name]["target"])[1])
    r.same("焚烧处理量 目标", Q(g_b), tgt("生活垃圾焚烧处理量"))
    r.same("渗滤液处置量 目标", Q(g_l), tgt("渗滤液处置量"))
    r.same("清扫率 目标", Q(g_sweep), Q(byname["道路机械化清扫率"]["target"].lstrip("≥")))
    r.same("满意度 目标", Q(g_sat), Q(byname["群众满意度"]["target"].lstrip("≥")))
    r.same("焚烧单价 上限", Q(price_b), tgt("焚烧处理单价"))
    for what, y in (("预算", y_b), ("标题", y_title), ("自评表", y_table)):
        r.year_is(what, y, Y)


def linshui(r):
    Y = 2025
    t = r.t
    W = lambda s, u="万元": Q(s, u)
    intro, ui = r.g(r"我处对本项目" + M + r"资金开展自评")
    y_notice, = r.g(r"关于开展" + Y4 + r"年度项目支出绩效自评工作的通知")
    y_b, b_init, u1, b_fin0, u2, b_unit0, u3, b_add, u4, b_all, u5 = r.g(
        Y4 + r"年县财政年初批复本项目预算" + M + r"（财政资金" + M + r"、单位资金" + M + r"），\d+月根据进厂量增长追加财政资金"
        + M + r"，全年预算" + M)
    recv_fin, u6, recv_unit, u7 = r.g(r"全年财政资金到位" + M + r"，单位资金" + M + r"全部落实")
    spent, u8, rate_p, bal, u9 = r.g(r"全年实际支出" + M + r"，执行率" + P + r"，结余" + M)
    ton_b, price_b, fee_b, uf, ded_b, ud, paid_b, up, *quarters = r.g(
        r"焚烧处理费按进厂量" + N + r"吨、结算单价" + N + r"元/吨计算，应付" + M + r"，扣除考核扣款" + M + r"，实付" + M
        + r"，四个季度分别支付" + M + r"、" + M + r"、" + M + r"、" + M)
    ton_l, price_l, paid_l, ul = r.g(r"渗滤液处置费按" + N + r"吨、" + N + r"元/吨结算，实付" + M)
    ash, ua, ash_unit, uau = r.g(r"飞灰检测及设施运行监测费" + M + r"，其中单位资金" + M)
    p0_b, p0_l = r.g(r"焚烧处理费按进厂量和" + N + r"元/吨结算，渗滤液处置费按处置量和" + N + r"元/吨结算")
    g_b, g_l, g_ok, g_time = r.g(r"全年焚烧处理生活垃圾不少于" + N + r"吨，处置渗滤液不少于" + N + r"吨，渗滤液出水达标率不低于" + P
                                 + r"，原生生活垃圾零填埋，处理费支付及时率不低于" + P)
    ton_b2, = r.g(r"全年焚烧处理生活垃圾" + N + r"吨，超过年度目标")
    ton_l2, comp_l, ok_rate, ok_target = r.g(
        r"全年处置渗滤液" + N + r"吨，完成年度目标的" + P + r"；渗滤液出水达标率" + P + r"，低于" + P + r"的目标值")
    harmless, = r.g(r"全县生活垃圾无害化处理率" + P)
    w_exec, w_perf, w_out, w_ben, tot_p, grade_p = r.g(
        r"预算执行" + N + r"分、绩效指标" + N + r"分（产出指标" + N + r"分、效益指标" + N + r"分），自评得分" + N
        + r"分，评价等级为“" + GRADE + r"”")
    y_title, = r.g(r"\n" + Y4 + r"年度生活垃圾焚烧处理及渗滤液处置经费项目支出绩效自评报告")
    y_table, = r.g(r"\n（" + Y4 + r"年度）\n")
    # web copy tables: one cell a line, fixed number of columns
    lines = t.split("\n")
    fi = lines.index("项目资金（万元）")
    frows = [lines[fi + 7 * k: fi + 7 * k + 7] for k in range(1, 6)]
    names = [f[0] for f in frows]
    if names != ["年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]:
        raise ExtractError(f"funds rows {names}")
    ftot = frows[0]
    for c in (1, 2, 3):
        r.total(f"资金总额 col {c}", W(ftot[c]), [W(f[c]) for f in frows[1:]])
    for f in frows:
        r.rate(f"{f[0]} 执行率", f[5], W(f[3]), W(f[2]))
    r.exec_score("预算执行", ftot[4], ftot[6], W(ftot[3]), W(ftot[2]), ftot[5])
    ii = lines.index("一级指标")
    rows, k = [], ii + 10
    while True:
        c = lines[k:k + 10]
        if c[0] == "总分":
            trow = c
            break
        d = {"≥": "gte", "≤": "lte", "=": "eq", "定性": "qualitative"}[c[3]]
        unit = c[5] if c[5] != "—" else ""
        row = {"l1": c[0], "name": c[2], "direction": d, "unit": unit, "weight": c[7], "score": c[8],
               "target": c[4], "actual": c[6]}
        rows.append(row)
        k += 10
    r.indicators(rows, extra_weight=ftot[4], extra_score=ftot[6],
                 weight_totals=[Q(trow[7])], score_totals=[Q(trow[8]), Q(tot_p)],
                 l1_weights={"预算执行": Q(w_exec), "产出指标": Q(w_out), "效益指标": Q(w_ben)})
    perf = sum((dnum(x["weight"]) for x in rows), Decimal(0))
    if perf != dnum(w_perf):
        r.fail("weight_sum_mismatch", f"绩效指标 rows weigh {perf}, stated {w_perf}")
    r.grade("text", Q(trow[8]), grade_p)
    # prose identities
    r.same("全年预算", W(intro, ui), W(b_all, u5), W(ftot[2]))
    r.total("年初 = 财政 + 单位", W(b_init, u1), [W(b_fin0, u2), W(b_unit0, u3)])
    r.total("全年 = 年初 + 追加", W(b_all, u5), [W(b_init, u1), W(b_add, u4)])
    r.same("年初预算", W(b_init, u1), W(ftot[1]))
    r.same("财政资金 年初", W(b_fin0, u2), W(frows[1][1]))
    r.same("单位资金", W(b_unit0, u3), W(recv_unit, u7), W(frows[3][2]))
    r.same("财政资金 全年/到位", W(recv_fin, u6), W(frows[1][2]))
    r.same("全年执行数", W(spent, u8), W(ftot[3]))
    r.rate("执行率 (text)", rate_p, W(spent, u8), W(b_all, u5))
    r.total("结余 = 到位 - 执行", W(bal, u9), [(1, W(recv_fin, u6)), (1, W(recv_unit, u7)), (-1, W(spent, u8))],
            code="balance_mismatch")
    r.product("焚烧 应付", W(fee_b, uf), Q(ton_b), Q(price_b, "元"))
    r.total("焚烧 实付 = 应付 - 扣款", W(paid_b, up), [(1, W(fee_b, uf)), (-1, W(ded_b, ud))])
    r.total("焚烧 四个季度分别支付", W(paid_b, up), [W(quarters[i], quarters[i + 1]) for i in (0, 2, 4, 6)])
    r.product("渗滤液 实付", W(paid_l, ul), Q(ton_l), Q(price_l, "元"))
    r.total("执行数 = 焚烧 + 渗滤液 + 飞灰检测", W(spent, u8), [W(paid_b, up), W(paid_l, ul), W(ash, ua)])
    byname = {x["name"]: x for x in rows}
    r.same("焚烧处理量", Q(ton_b), Q(ton_b2), Q(byname["生活垃圾焚烧处理量"]["actual"]))
    r.same("渗滤液处置量", Q(ton_l), Q(ton_l2), Q(byname["渗滤液处置量"]["actual"]))
    c = completion("gte", dnum(byname["渗滤液处置量"]["target"]), dnum(ton_l2))
    if abs(c - dnum(comp_l)) > half(comp_l) + EPS:
        r.fail("completion_mismatch", f"渗滤液处置量 completion {c:.4f} vs {comp_l}")
    r.same("焚烧单价", Q(price_b), Q(byname["焚烧处理单价"]["actual"]))
    r.same("出水达标率", Q(ok_rate), Q(byname["渗滤液出水达标率"]["actual"] + "%"))
    r.same("出水达标率 目标", Q(ok_target), Q(byname["渗滤液出水达标率"]["target"] + "%"))
    r.same("无害化处理率", Q(harmless), Q(byname["生活垃圾无害化处理率"]["actual"] + "%"))
    r.same("焚烧单价 (概况)", Q(p0_b), Q(price_b), Q(byname["焚烧处理单价"]["target"]))
    r.same("渗滤液单价 (概况)", Q(p0_l), Q(price_l))
    r.same("单位资金 (飞灰检测)", W(ash_unit, uau), W(frows[3][3]))
    r.same("焚烧处理量 目标", Q(g_b), Q(byname["生活垃圾焚烧处理量"]["target"]))
    r.same("渗滤液处置量 目标", Q(g_l), Q(byname["渗滤液处置量"]["target"]))
    r.same("出水达标率 目标 (目标)", Q(g_ok), Q(byname["渗滤液出水达标率"]["target"] + "%"))
    r.same("支付及时率 目标", Q(g_time), Q(byname["处理费支付及时率"]["target"] + "%"))
    for what, y in (("通知", y_notice), ("预算", y_b), ("标题", y_title), ("自评表", y_table)):
        r.year_is(what, y, Y)


def longhui(r):
    Y = 2022
    t = r.t
    W = lambda s, u="万元": Q(s, u)
    y_b, b_all, u1, b_cur, u2, b_co, u3 = r.g(
        Y4 + r"年全年预算" + M + r"，其中当年财政拨款" + M + r"、上年结转资金" + M)
    ya, ma, a1, ua1, yb, mb, a2, ua2, yc, mc, a3, ua3 = r.g(
        Y4 + r"年(\d{1,2})月提前下达预算指标" + M + r"，" + Y4 + r"年(\d{1,2})月下达" + M + r"，" + Y4
        + r"年(\d{1,2})月追加" + M)
    bud_b, ub, bud_l, ul = r.g(r"按项目内容分，焚烧处理费" + M + r"、渗滤液处置费" + M)
    co2, uc, y_co_m, ton_dec21 = r.g(r"上年结转资金" + M + r"为" + Y4 + r"年12月焚烧处理费（" + N + r"吨）")
    spent, us, rate_p, sp_b, usb, sp_co, usc, sp_l, usl, bud_l2, ubl, rate_l = r.g(
        r"全年实际支出" + M + r"，预算执行率" + P + r"。其中焚烧处理费支出" + M + r"（含上年结转" + M + r"）、渗滤液处置费"
        + M + r"；渗滤液处置费预算" + M + r"，执行率" + P)
    carry, ucy, c_b, ucb, y_dec, dec_fee, udf, y_paid, c_l, ucl, y_co = r.g(
        r"年末结转" + M + r"，其中焚烧处理费" + M + r"（主要为" + Y4 + r"年12月处理费" + M + r"，已于" + Y4
        + r"年1月支付）、渗滤液处置费" + M + r"，结转" + Y4 + r"年使用")
    price, y_fee, fee_y, ufy = r.g(r"焚烧处理费按" + N + r"元/吨按月结算、次月15日前支付，" + Y4 + r"年应付焚烧处理费" + M)
    ton_l, price_l, fee_l, ufl = r.g(r"渗滤液处置费按" + N + r"吨×" + N + r"元/吨结算，计" + M)
    ton_b, per_m, per_d, ton_l2, ok_rate = r.g(
        r"全年焚烧处理生活垃圾" + N + r"吨，月均处理" + N + r"吨，日均约" + N + r"吨；处置渗滤液" + N + r"吨，出水达标率" + P)
    harmless, cover = r.g(r"无害化处理率" + P + r"，乡镇生活垃圾转运覆盖率" + P)
    sat, = r.g(r"群众满意率为" + P)
    y_paid_co, = r.g(r"已于" + Y4 + r"年1月支付。")
    y_notice, y_intro = r.g(r"关于做好" + Y4 + r"年度预算绩效自评工作的通知》（隆财绩〔\d{4}〕\d+号）要求，我局对" + Y4 + r"年度")
    late_m, late_pay, n_ontime = r.g(r"(\d{1,2})月处理费因财政资金调度延至(\d{1,2})月支付，其余" + N + r"个月均在次月15日前支付")
    g_b, g_price, g_l, g_ok, g_sat = r.g(
        r"全年焚烧处理量不低于" + N + r"吨，结算单价不超过" + N + r"元/吨；原填埋场渗滤液处置不低于" + N + r"吨，出水达标率不低于" + P
        + r"；群众满意度不低于" + P)
    s_exec, s_out, s_ben, s_sat, tot_p, grade_p = r.g(
        r"预算执行" + N + r"分、产出指标" + N + r"分、效益指标" + N + r"分、满意度指标" + N + r"分，合计" + N + r"分，等级为" + GRADE)
    y_title, = r.g(r"城市管理和综合执法局  " + Y4 + r"年度")
    y_table, = r.g(r"（" + Y4 + r"年度）\n")
    # monthly table
    lines = t.split("\n")
    mrows = [re.split(r"\s{2,}", l.strip()) for l in lines if re.match(r"^\d{1,2}月\s{2,}", l)]
    if len(mrows) != 12:
        raise ExtractError("monthly rows")
    mtot = [re.split(r"\s{2,}", l.strip()) for l in lines if l.startswith("合计  ")]
    if len(mtot) != 1:
        raise ExtractError("monthly total")
    mtot = mtot[0]
    for m in mrows:
        r.product(f"{m[0]} 处理费", Q(m[2], "元"), Q(m[1]), Q(price, "元"))
    r.total("月度表 合计 进厂量", Q(mtot[1]), [Q(m[1]) for m in mrows])
    r.total("月度表 合计 处理费", Q(mtot[2], "元"), [Q(m[2], "元") for m in mrows])
    # funds block (MOF): name, 年初, 全年, 执行, 分值, 执行率, 得分
    ftot, fcur, fco, foth = (space_line(t, k) for k in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"))
    for c in (1, 2, 3):
        r.total(f"资金总额 col {c}", W(ftot[c]), [W(fcur[c]), W(fco[c]), W(foth[c])])
    for f in (ftot, fcur, fco, foth):
        r.rate(f"{f[0]} 执行率", f[5], W(f[3]), W(f[2]))
    r.exec_score("预算执行", ftot[4], ftot[6], W(ftot[3]), W(ftot[2]), ftot[5])
    rows, trow = space_indicators(t, "一级指标", "总分")
    r.indicators(rows, extra_weight=ftot[4], extra_score=ftot[6],
                 weight_totals=[Q(trow[1])], score_totals=[Q(trow[2]), Q(tot_p)],
                 l1_scores={"预算执行": Q(s_exec), "产出指标": Q(s_out), "效益指标": Q(s_ben), "满意度指标": Q(s_sat)})
    r.total("合计 = 各一级指标得分 (text)", Q(tot_p), [Q(s_exec), Q(s_out), Q(s_ben), Q(s_sat)], code="score_sum_mismatch")
    r.grade("text", Q(trow[2]), grade_p)
    # prose identities
    r.total("全年 = 当年 + 结转", W(b_all, u1), [W(b_cur, u2), W(b_co, u3)])
    r.same("全年预算", W(b_all, u1), W(ftot[2]))
    r.same("当年财政拨款", W(b_cur, u2), W(fcur[2]))
    r.same("上年结转资金", W(b_co, u3), W(co2, uc), W(fco[2]), W(fco[3]), W(sp_co, usc))
    r.total("当年财政拨款 = 各次下达", W(b_cur, u2), [W(a1, ua1), W(a2, ua2), W(a3, ua3)])
    r.total("年初 当年财政拨款 = 提前下达 + 3月下达", W(fcur[1]), [W(a1, ua1), W(a2, ua2)])
    for what, y, m in (("提前下达", ya, ma), ("下达", yb, mb), ("追加", yc, mc)):
        r.year_issued(what, y, m, Y)
    r.total("当年财政拨款 = 焚烧 + 渗滤液 预算", W(b_cur, u2), [W(bud_b, ub), W(bud_l, ul)])
    r.same("渗滤液处置费预算", W(bud_l, ul), W(bud_l2, ubl))
    if int(y_co_m) != Y - 1:
        r.fail("year_mismatch", "上年结转 month")
    r.product("上年结转 2021年12月处理费", W(co2, uc), Q(ton_dec21), Q(price, "元"))
    r.same("全年执行数", W(spent, us), W(ftot[3]))
    r.rate("执行率 (text)", rate_p, W(spent, us), W(b_all, u1))
    r.total("执行 = 焚烧 + 渗滤液", W(spent, us), [W(sp_b, usb), W(sp_l, usl)])
    r.rate("渗滤液处置费执行率", rate_l, W(sp_l, usl), W(bud_l2, ubl))
    r.total("当年执行 = 执行 - 结转", W(fcur[3]), [(1, W(spent, us)), (-1, W(sp_co, usc))])
    r.total("年末结转 = 全年 - 执行", W(carry, ucy), [(1, W(b_all, u1)), (-1, W(spent, us))], code="balance_mismatch")
    r.total("焚烧 结转 = 预算 - 当年支出", W(c_b, ucb), [(1, W(bud_b, ub)), (-1, W(sp_b, usb)), (1, W(sp_co, usc))],
            code="balance_mismatch")
    r.total("渗滤液 结转 = 预算 - 支出", W(c_l, ucl), [(1, W(bud_l, ul)), (-1, W(sp_l, usl))], code="balance_mismatch")
    r.total("年末结转 = 焚烧 + 渗滤液", W(carry, ucy), [W(c_b, ucb), W(c_l, ucl)])
    r.year_is("12月处理费", y_dec, Y)
    r.year_after("结转", y_co, Y)
    if int(y_paid) != Y + 1:
        r.fail("year_mismatch", "12月处理费 paid in the following January")
    r.same("12月处理费", W(dec_fee, udf), Q(mrows[11][2], "元"))
    r.year_is("应付焚烧处理费", y_fee, Y)
    r.same("应付焚烧处理费", W(fee_y, ufy), Q(mtot[2], "元"))
    r.product("渗滤液处置费", W(fee_l, ufl), Q(ton_l), Q(price_l, "元"))
    r.same("渗滤液处置费支出", W(fee_l, ufl), W(sp_l, usl))
    byname = {x["name"]: x for x in rows}
    r.same("焚烧处理量", Q(ton_b), Q(mtot[1]), Q(parse_val(byname["生活垃圾焚烧处理量"]["actual"])[1]))
    r.average("月均处理量", Q(per_m), total=Q(ton_b), n=12)
    r.approx("日均处理量", Q(per_d), Q(ton_b), 365)
    r.same("渗滤液处置量", Q(ton_l), Q(ton_l2), Q(parse_val(byname["渗滤液处置量"]["actual"])[1]))
    r.same("焚烧单价", Q(price), Q(parse_val(byname["焚烧处理结算单价"]["actual"])[1]))
    r.same("出水达标率", Q(ok_rate), Q(byname["渗滤液出水达标率"]["actual"]))
    r.same("无害化处理率", Q(harmless), Q(byname["城乡生活垃圾无害化处理率"]["actual"]))
    r.same("转运覆盖率", Q(cover), Q(byname["乡镇生活垃圾转运覆盖率"]["actual"]))
    r.same("满意度", Q(sat), Q(byname["群众满意度"]["actual"]))
    r.year_is("上年结转 paid", y_paid_co, Y)
    r.year_is("通知", y_notice, Y)
    r.year_is("opening", y_intro, Y)
    tgt = lambda name: Q(parse_val(byname[name]["target"])[1])
    r.same("焚烧处理量 目标", Q(g_b), tgt("生活垃圾焚烧处理量"))
    r.same("单价上限", Q(g_price), tgt("焚烧处理结算单价"), Q(price))
    r.same("渗滤液处置量 目标", Q(g_l), tgt("渗滤液处置量"))
    r.same("出水达标率 目标", Q(g_ok), Q(byname["渗滤液出水达标率"]["target"].lstrip("≥")))
    r.same("满意度 目标", Q(g_sat), Q(byname["群众满意度"]["target"].lstrip("≥")))
    # payment dates: paid by the 15th of the following month?
    ontime, late = 0, []
    for m in mrows:
        sm = int(m[0].rstrip("月"))
        dm = re.fullmatch(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", m[3])
        py = int(dm.group(1)) if dm.group(1) else Y
        pm, pd = int(dm.group(2)), int(dm.group(3))
        due_y, due_m = (Y + 1, 1) if sm == 12 else (Y, sm + 1)
        if (py, pm) == (due_y, due_m) and pd <= 15:
            ontime += 1
        else:
            late.append((sm, pm))
    if ontime != int(n_ontime) or late != [(int(late_m), int(late_pay))]:
        r.fail("conflicting_values", f"payment dates: {ontime} on time, late {late}")
    act = byname["处理费次月15日前支付率"]["actual"]
    if act.endswith("%"):
        r.rate("次月15日前支付率", act, Q(str(ontime)), Q(str(len(mrows))))
    for what, y in (("预算", y_b), ("标题", y_title), ("自评表", y_table)):
        r.year_is(what, y, Y)


PROJECTS = {
    "yongan-fenshaofee-2021": yongan,
    "huangchuan-shenlvye-2019": huangchuan,
    "ningjin-cgj-bumen-2023": ningjin,
    "linshui-fenshao-2025": linshui,
    "longhui-lajichuli-2022": longhui,
}


def check_case(pid, text):
    r = Report(text)
    PROJECTS[pid](r)
    return r


# ---------------------------------------------------------------- meta checks

def edit_region(a, b):
    """Common prefix/suffix: the changed region [p, len - s) in each string."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return (p, len(a) - s), (p, len(b) - s)


def main():
    problems = []
    verbose = "-v" in sys.argv
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    if len(labels) != 35:
        problems.append(f"{len(labels)} labels, expected 35")
    counts = {c: 0 for c in ERROR_CODES}
    clean_text = {}
    for pid in PROJECTS:
        with open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8") as fh:
            clean_text[pid] = fh.read()
        n = len(clean_text[pid])
        if not 1500 <= n <= 5000:
            problems.append(f"{pid}: clean draft has {n} characters")
    files = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels and case files differ")
    for lab in labels:
        case, pid = lab["case"], lab["source"]
        with open(os.path.join(CASES, case), encoding="utf-8") as fh:
            text = fh.read()
        try:
            r = check_case(pid, text)
        except (ExtractError, StopIteration, KeyError, ValueError, IndexError) as exc:
            problems.append(f"{case}: extraction failed: {exc!r}")
            continue
        got = sorted({c for c, _ in r.errors})
        if verbose:
            print(case, got, [w for w in r.warnings])
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{case}: clean case with labels")
            if r.errors or r.warnings:
                problems.append(f"{case}: clean draft fails {r.errors} warnings {r.warnings}")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{case}: expected exactly one label")
            continue
        exp = lab["expected"][0]
        code = exp["code"]
        if code not in ERROR_CODES or exp.get("severity") != "error":
            problems.append(f"{case}: bad code/severity {code}")
        counts[code] = counts.get(code, 0) + 1
        if got != [code]:
            problems.append(f"{case}: labelled {code}, checks fail {got}: {r.errors}")
        for w, msg in r.warnings:
            if w not in ("score_rule_mismatch",):
                problems.append(f"{case}: unexpected warning {w}: {msg}")
        # label value and the edit
        value = exp["value"]
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if len(occ) != 1:
            problems.append(f"{case}: value occurs {len(occ)} times")
            continue
        (a0, a1), (b0, b1) = edit_region(clean_text[pid], text)
        if a1 - a0 > 40 or b1 - b0 > 40 or b1 <= b0 and a1 <= a0:
            problems.append(f"{case}: edit region {a1 - a0}/{b1 - b0} characters")
        if not (occ[0] < max(b1, b0 + 1) and b0 < occ[0] + len(value)):
            problems.append(f"{case}: value does not overlap the edit")
    for c in ERROR_CODES:
        if counts.get(c, 0) < 2:
            problems.append(f"code {c} used {counts.get(c, 0)} times")
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    if verbose:
        print(json.dumps(counts, ensure_ascii=False))
    print("OK")


if __name__ == "__main__":
    main()
