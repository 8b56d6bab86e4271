#!/usr/bin/env python3
"""Verify this test set (standard library only).

1. every label value occurs in its case; each error case differs from its clean draft in one contiguous place that
   overlaps an occurrence of the label value; each of the 13 codes of errors.md §A occurs at least twice;
2. the arithmetic of every clean draft is redone from the text (all checks must pass);
3. the same checks run on every error case: the labelled code must fail and no other error-level code may fail.

Tolerance (rules.md §8): a stated value with d decimals agrees with a computed value c iff |c - v| <= 0.5*10^-d,
judged in the unit as written. A failing sum/equality that is reconciled exactly by rescaling one amount by 10^4 or
10^8 is reported as unit_mismatch (errors.md #11: the most specific explanation wins).
"""
import json
import os
import re
import sys
from decimal import Decimal as Dec, ROUND_HALF_UP

BASE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(BASE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

HUNDRED = Dec(100)
EPS = Dec("1e-9")
SCALES = [Dec(10) ** 4, Dec(10) ** -4, Dec(10) ** 8, Dec(10) ** -8]


class ExtractError(Exception):
    pass


# ----------------------------------------------------------------------------------------------- numbers
class Q:
    """A stated number: value in a base unit (万元 for money, % for rates, else as written) and its tolerance."""

    def __init__(self, s, unit="", factor=Dec(1)):
        s = s.strip()
        self.s = s
        self.unit = unit
        d = len(s.split(".")[1]) if "." in s else 0
        self.raw = Dec(s)
        self.v = self.raw * factor
        self.tol = Dec("0.5") * Dec(10) ** -d * factor

    def __repr__(self):
        return f"{self.s}{getattr(self, 'wu', self.unit)}"


MONEY = {"元": Dec("0.0001"), "万元": Dec(1), "亿元": Dec(10000)}


def money(s, unit="万元"):
    """An amount normalised to 万元 (unit for comparisons); the written unit is kept for messages."""
    q = Q(s, "万元", MONEY[unit])
    q.wu = unit
    return q


def base_unit(u):
    """'万元/人·年' -> '万元' (a per-child amount is compared with a per-child amount stated as '每人…万元')."""
    return u.split("/")[0]


def agree(q, c):
    return abs(c - q.v) <= q.tol + EPS


def r2(x):
    return x.quantize(Dec("0.01"), rounding=ROUND_HALF_UP)


class Ctx:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.fails = []   # (code, message)
        self.n = 0

    def fail(self, code, msg):
        self.fails.append((code, msg))

    # ---- extraction
    def one(self, pat, flags=0):
        ms = list(re.finditer(pat, self.t, flags))
        if len(ms) != 1:
            raise ExtractError(f"pattern {pat!r} matched {len(ms)} times")
        return ms[0]

    def line(self, start, sep="\t"):
        """The unique line beginning with `start`, split into cells."""
        hits = [ln for ln in self.t.split("\n") if ln.startswith(start)]
        if len(hits) != 1:
            raise ExtractError(f"line {start!r} found {len(hits)} times")
        return hits[0].split(sep)

    # ---- checks (each adds a failure with its code)
    def lin(self, code, name, total, terms):
        """total == sum(coef * q for coef, q in terms); rescaling one amount by 10^4/10^8 -> unit_mismatch."""
        self.n += 1
        terms = [(Dec(c), q) for c, q in terms]

        def ok(tv, tt):
            comp = sum(c * v for c, v in tt)
            tol = total.tol + sum(abs(c) * q.tol for c, q in terms if q.s.startswith(("约", "近")))
            return abs(comp - tv) <= tol + EPS

        base = [(c, q.v) for c, q in terms]
        if ok(total.v, base):
            return True
        for f in SCALES:
            if ok(total.v * f, base):
                self.fail("unit_mismatch", f"{name}: {total} reconciles only after rescaling by {f}")
                return False
            for i in range(len(base)):
                alt = list(base)
                alt[i] = (alt[i][0], alt[i][1] * f)
                if ok(total.v, alt):
                    self.fail("unit_mismatch", f"{name}: {terms[i][1]} reconciles only after rescaling by {f}")
                    return False
        comp = sum(c * v for c, v in base)
        self.fail(code, f"{name}: stated {total}, computed {comp}")
        return False

    def total(self, code, name, total, parts):
        return self.lin(code, name, total, [(1, p) for p in parts])

    def prod(self, code, name, total, count, per):
        """total == count * per (amounts), with unit rescaling."""
        self.n += 1
        comp = count.v * per.v
        tol = total.tol + count.v * per.tol
        if abs(comp - total.v) <= tol + EPS:
            return True
        for f in SCALES:
            if abs(comp * f - total.v) <= tol + EPS:
                self.fail("unit_mismatch", f"{name}: {count} x {per} reconciles with {total} only after rescaling by {f}")
                return False
        self.fail(code, f"{name}: {count} x {per} = {comp}, stated {total}")
        return False

    def eq(self, code, name, a, b):
        """The same quantity stated twice must agree (within the looser tolerance)."""
        self.n += 1
        if base_unit(a.unit) != base_unit(b.unit):
            self.fail("unit_mismatch", f"{name}: {a} vs {b} in different units")
            return False
        tol = max(a.tol, b.tol)
        if abs(a.v - b.v) <= tol + EPS:
            return True
        for f in SCALES:
            if abs(a.v * f - b.v) <= tol + EPS or abs(a.v - b.v * f) <= tol + EPS:
                self.fail("unit_mismatch", f"{name}: {a} vs {b} differ by a factor {f}")
                return False
        self.fail(code, f"{name}: {a} vs {b}")
        return False

    def rate(self, name, stated, num, den, code="rate_mismatch"):
        """stated % == num / den * 100; zero base -> only 0 allowed; over 100 -> implausible."""
        self.n += 1
        if den.v == 0:
            if stated.v != 0:
                self.fail("implausible_rate", f"{name}: {stated} on a zero base")
                return False
            return True
        comp = num.v / den.v * HUNDRED
        good = True
        if stated.v > HUNDRED:
            self.fail("implausible_rate", f"{name}: {stated} over 100")
            good = False
        if not agree(stated, comp):
            self.fail(code, f"{name}: stated {stated}, computed {r2(comp)}%")
            good = False
        return good

    def pct_range(self, name, stated):
        self.n += 1
        if stated.v > HUNDRED or stated.v < 0:
            self.fail("implausible_rate", f"{name}: {stated} outside [0, 100]")
            return False
        return True

    def completion(self, name, stated, target, actual, direction):
        self.n += 1
        if target.unit != actual.unit:
            return False   # reported by the unit check of the same row
        if direction == "lte":
            comp = HUNDRED if actual.v <= target.v else target.v / actual.v * HUNDRED
        else:
            comp = actual.v / target.v * HUNDRED
        if not agree(stated, comp):
            self.fail("completion_mismatch", f"{name}: stated {stated}, computed {r2(comp)}%")
            return False
        return True

    def units(self, name, target, actual):
        self.n += 1
        if target.unit != actual.unit:
            self.fail("unit_mismatch", f"{name}: target in {target.unit!r}, actual in {actual.unit!r}")
            return False
        return True

    def score_cap(self, name, weight, score):
        self.n += 1
        if score.v > weight.v + EPS or score.v < 0:
            self.fail("score_exceeds_weight", f"{name}: score {score} vs weight {weight}")
            return False
        return True

    def grade(self, name, total, label):
        self.n += 1
        v = total.v
        band = "优" if v >= 90 else "良" if v >= 80 else "中" if v >= 60 else "差"
        names = {"优": ("优", "优秀"), "良": ("良", "良好"), "中": ("中", "中等", "一般", "合格"),
                 "差": ("差", "较差", "不合格")}
        if label not in names[band]:
            self.fail("grade_mismatch", f"{name}: total {total} is {band}, stated {label}")
            return False
        return True

    def year_is(self, name, y, expect):
        self.n += 1
        if int(y) != expect:
            self.fail("year_mismatch", f"{name}: {y} (expected {expect})")
            return False
        return True

    def year_after(self, name, y):
        self.n += 1
        if int(y) <= self.year:
            self.fail("year_mismatch", f"{name}: carried over to {y}, not after {self.year}")
            return False
        return True

    def average(self, name, stated, values=None, total=None, count=None):
        self.n += 1
        comp = sum(v.v for v in values) / Dec(len(values)) if values is not None else total.v / count.v
        if not agree(stated, comp):
            self.fail("average_mismatch", f"{name}: stated {stated}, computed {r2(comp)}")
            return False
        return True

    def generic_rates(self):
        """Any rate named in running text above 100% (completion rates excluded)."""
        for m in re.finditer(r"(执行率|到位率|满意度|满意率|出勤率|有效率|及时率|成功率|使用率)"
                             r"(?:为|达到|达|测评为)?(\d+(?:\.\d+)?)%", self.t):
            self.pct_range(f"rate in text '{m.group(0)}'", Q(m.group(2), "%"))


# ------------------------------------------------------------------------------------------ cell parsing
VAL = re.compile(r"^(≥|≤|＝|=|＞|＜|>=|<=)?\s*(\d+(?:\.\d+)?)\s*(.*)$")


def vu(cell):
    """'≥45人' -> (direction, Q(45, '人')). Money units normalised to 万元."""
    m = VAL.match(cell.strip())
    if not m:
        raise ExtractError(f"not a value: {cell!r}")
    sign, num, unit = m.groups()
    direction = {"≥": "gte", ">=": "gte", "＞": "gte", "≤": "lte", "<=": "lte", "＜": "lte"}.get(sign, "eq")
    for u in ("万元", "亿元", "元"):
        if unit.startswith(u):
            return direction, Q(num, "万元" + unit[len(u):], MONEY[u])
    return direction, Q(num, unit)


def pct(cell):
    cell = cell.strip()
    if not cell.endswith("%"):
        raise ExtractError(f"not a percentage: {cell!r}")
    return Q(cell[:-1], "%")


def num(cell):
    return Q(cell.strip() or "0")


def shanxi_blocks(text):
    """Word 'one cell per line' tables: consecutive lines starting with a tab, blocks split by blank lines."""
    blocks, cur = [], []
    for ln in text.split("\n"):
        if ln.startswith("\t"):
            cur.append(ln[1:])
        else:
            if cur:
                blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    return blocks


def indicator_rows(ctx, rows, name_idx, w_idx, s_idx, t_idx, a_idx, c_idx=None, label="row"):
    """Common checks of quantitative indicator rows: unit, completion, cap."""
    for r in rows:
        name = r[name_idx]
        weight, score = num(r[w_idx]), num(r[s_idx])
        ctx.score_cap(f"{label} {name}", weight, score)
        tcell, acell = r[t_idx], r[a_idx]
        if not VAL.match(tcell.strip()) or not VAL.match(acell.strip()):
            continue   # qualitative row
        direction, target = vu(tcell)
        _, actual = vu(acell)
        ctx.units(f"{label} {name}", target, actual)
        if c_idx is not None and r[c_idx].strip() not in ("", "—"):
            ctx.completion(f"{label} {name}", pct(r[c_idx]), target, actual, direction)


# ================================================================================ A: Shanxi 2021
def check_A(c):
    t = c.t
    blocks = shanxi_blocks(t)

    def fund(name):
        hit = [b for b in blocks if b and b[0] == name]
        if len(hit) != 1:
            raise ExtractError(f"funds row {name} found {len(hit)} times")
        return hit[0]

    cols = ["总金额", "小计", "中央", "省", "市", "县区", "结转", "其他"]
    rows = {}
    for key, name in [(1, "年初预算资金"), (2, "全年预算资金"), (3, "实际到位资金"), (4, "实际执行资金"),
                      (5, "资金结余"), (6, "预算到位率"), (7, "预算执行率(%)")]:
        b = fund(name)
        if len(b) != 10:
            raise ExtractError(f"funds row {name} has {len(b)} cells")
        rows[key] = {col: money(b[2 + i] or "0") if key <= 5 else Q(b[2 + i] or "0", "%")
                     for i, col in enumerate(cols)}
    for k in (1, 2, 3, 4, 5):
        r = rows[k]
        c.total("sum_mismatch", f"funds ({k}) 总金额", r["总金额"], [r["小计"], r["结转"], r["其他"]])
        c.total("sum_mismatch", f"funds ({k}) 小计", r["小计"], [r["中央"], r["省"], r["市"], r["县区"]])
    for col in cols:
        c.lin("balance_mismatch", f"funds (5) {col}", rows[5][col], [(1, rows[3][col]), (-1, rows[4][col])])
        c.rate(f"funds (6) {col}", rows[6][col], rows[3][col], rows[2][col])
        c.rate(f"funds (7) {col}", rows[7][col], rows[4][col], rows[2][col])

    # prose: funds
    m = c.one(r"批复本项目([\d.]+)万元，其中市级配套([\d.]+)万元（含(\d{4})年12月提前下达的([\d.]+)万元），县级安排([\d.]+)万元；"
              r"加上(\d{4})年结转资金([\d.]+)万元，年初预算资金合计([\d.]+)万元")
    fis, city, adv_y, adv, county, co_y, co, init = m.groups()
    fis, city, adv, county, co, init = map(money, (fis, city, adv, county, co, init))
    c.total("sum_mismatch", "批复 = 市级 + 县级", fis, [city, county])
    c.total("sum_mismatch", "年初合计 = 批复 + 结转", init, [fis, co])
    c.year_is("提前下达 in the December before", adv_y, c.year - 1)
    c.year_is("上年结转 from the previous year", co_y, c.year - 1)
    c.eq("conflicting_values", "年初 total", init, rows[1]["总金额"])
    c.eq("conflicting_values", "年初 小计", fis, rows[1]["小计"])
    c.eq("conflicting_values", "年初 市级", city, rows[1]["市"])
    c.eq("conflicting_values", "年初 县级", county, rows[1]["县区"])
    c.eq("conflicting_values", "年初 结转", co, rows[1]["结转"])
    add = money(c.one(r"追加残疾儿童康复救助补助资金([\d.]+)万元").group(1))
    annual = money(c.one(r"全年预算资金调整为([\d.]+)万元").group(1))
    c.total("sum_mismatch", "全年 = 年初 + 追加", annual, [init, add])
    c.eq("conflicting_values", "追加 = (2) 省级", add, rows[2]["省"])
    c.eq("conflicting_values", "全年 total", annual, rows[2]["总金额"])
    m = c.one(r"截至(\d{4})年12月31日，实际到位([\d.]+)万元，市级配套资金尚有([\d.]+)万元未拨付，资金到位率([\d.]+)%；"
              r"实际支出([\d.]+)万元，预算执行率([\d.]+)%")
    y, rec, gap, rrate, spent, erate = m.groups()
    rec, gap, spent = money(rec), money(gap), money(spent)
    rrate, erate = Q(rrate, "%"), Q(erate, "%")
    c.year_is("截至 date", y, c.year)
    c.lin("sum_mismatch", "到位 = 全年 − 未拨付", rec, [(1, annual), (-1, gap)])
    c.lin("sum_mismatch", "未拨付 = 市级全年 − 市级到位", gap, [(1, rows[2]["市"]), (-1, rows[3]["市"])])
    c.eq("conflicting_values", "到位 total", rec, rows[3]["总金额"])
    c.eq("conflicting_values", "支出 total", spent, rows[4]["总金额"])
    c.rate("text 到位率", rrate, rec, annual)
    c.rate("text 执行率", erate, spent, annual)
    c.eq("conflicting_values", "到位率 text/table", rrate, rows[6]["总金额"])
    c.eq("conflicting_values", "执行率 text/table", erate, rows[7]["总金额"])
    bal = money(c.one(r"县级资金结余([\d.]+)万元").group(1))
    c.lin("balance_mismatch", "县级结余 = 到位 − 执行", bal, [(1, rows[3]["县区"]), (-1, rows[4]["县区"])])
    c.eq("conflicting_values", "结余 text/table", bal, rows[5]["县区"])
    c.year_after("结转至", c.one(r"结转至(\d{4})年").group(1))
    c.year_is("project name year", c.one(r"项目名称：(\d{4})年").group(1), c.year)

    # prose: children and money
    n_impl = Q(c.one(r"全年为(\d+)名听障儿童实施人工耳蜗植入手术").group(1), "人")
    m = c.one(r"为(\d+)名听障儿童提供康复训练救助，按年龄段分别为0—3岁(\d+)名、4—6岁(\d+)名、7—14岁(\d+)名")
    n_tr, a1, a2, a3 = (Q(x, "人") for x in m.groups())
    c.total("sum_mismatch", "training children by age", n_tr, [a1, a2, a3])
    m = c.one(r"按每人每年([\d.]+)万元标准拨付康复训练补助([\d.]+)万元")
    std, tr_total = money(m.group(1)), money(m.group(2))
    c.prod("sum_mismatch", "training subsidy", tr_total, n_tr, std)
    m = c.one(r"手术及住院费用每人补助([\d.]+)万元，计([\d.]+)万元")
    c.prod("sum_mismatch", "surgery subsidy", money(m.group(2)), n_impl, money(m.group(1)))
    surg = money(m.group(2))
    m = c.one(r"开机调试每人补助(\d+)元，计([\d.]+)万元")
    c.prod("sum_mismatch", "switch-on subsidy", money(m.group(2)), n_impl, money(m.group(1), "元"))
    swon = money(m.group(2))
    other = money(c.one(r"家长培训、听力评估等支出([\d.]+)万元").group(1))
    c.total("sum_mismatch", "spending by item", spent, [tr_total, surg, swon, other])
    m = c.one(r"年末对(\d+)名受训儿童逐一进行听觉言语能力评估，评估有效(\d+)名，康复有效率([\d.]+)%")
    n_ev, n_ok, eff = Q(m.group(1), "人"), Q(m.group(2), "人"), Q(m.group(3), "%")
    c.eq("conflicting_values", "children assessed = trained", n_ev, n_tr)
    c.rate("康复有效率", eff, n_ok, n_ev)
    sat = Q(c.one(r"受助家庭满意度为([\d.]+)%").group(1), "%")
    c.pct_range("satisfaction", sat)

    # 附件1
    att = t[t.index("附件1"):]
    ab = shanxi_blocks(att)
    ind = [b for b in ab if len(b) == 9 and b[0] != "一级指标" and b[0] != "合计"]
    tot = [b for b in ab if b and b[0] == "合计"]
    if len(ind) != 8 or len(tot) != 1:
        raise ExtractError("附件1 rows")
    tot = tot[0]
    lvl, groups = "", {}
    for b in ind:
        lvl = b[0] or lvl
        groups.setdefault(lvl, []).append(b)
    indicator_rows(c, ind, 2, 3, 7, 4, 5, 6, "附件1")
    wsum = sum(num(b[3]).v for b in ind)
    c.n += 1
    if wsum != num(tot[3]).v or wsum != HUNDRED:
        c.fail("weight_sum_mismatch", f"附件1 weights sum {wsum}, 合计 {tot[3]}")
    c.lin("score_sum_mismatch", "附件1 total score", num(tot[7]), [(1, num(b[7])) for b in ind])
    byname = {b[2]: b for b in ind}
    exec_row = byname["预算执行率"]
    c.eq("conflicting_values", "附件1 执行率 vs funds", pct(exec_row[5]), rows[7]["总金额"])
    c.eq("conflicting_values", "植入人数 text/table", n_impl, vu(byname["人工耳蜗植入救助人数"][5])[1])
    act = vu(byname["康复训练救助人数"][5])[1]
    if act.unit == "人":
        c.eq("conflicting_values", "训练人数 text/table", n_tr, act)
        tgt = vu(byname["康复训练救助人数"][4])[1]
        gap_m = c.one(r"康复训练人数比年度目标少(\d+)人")
        c.lin("sum_mismatch", "shortfall", Q(gap_m.group(1), "人"), [(1, tgt), (-1, n_tr)])
    c.eq("conflicting_values", "康复有效率 text/table", eff, vu(byname["康复有效率"][5])[1])
    c.eq("conflicting_values", "training standard text/table", std, vu(byname["康复训练补助标准"][5])[1])
    sat_t = vu(byname["受助家庭满意度"][5])[1]
    c.pct_range("附件1 satisfaction", sat_t)
    c.eq("conflicting_values", "satisfaction text/table", sat, sat_t)

    # section 二: level-1 summary
    m = c.one(r"本项目总得分([\d.]+)分，评价等级为\"(\S+?)\"")
    total_s, glabel = Q(m.group(1)), m.group(2)
    c.grade("grade", total_s, glabel)
    c.eq("conflicting_values", "total text/table", total_s, num(tot[7]))
    m = c.one(r"预算执行指标权重(\d+)分，得分([\d.]+)分；产出指标权重(\d+)分，得分([\d.]+)分；"
              r"效益指标权重(\d+)分，得分([\d.]+)分；满意度指标权重(\d+)分，得分([\d.]+)分")
    w = [Q(m.group(i)) for i in (1, 3, 5, 7)]
    s = [Q(m.group(i)) for i in (2, 4, 6, 8)]
    c.n += 1
    if sum(x.v for x in w) != HUNDRED:
        c.fail("weight_sum_mismatch", "level-1 weights in text do not sum to 100")
    c.lin("score_sum_mismatch", "total = level-1 scores", total_s, [(1, x) for x in s])
    for i, g in enumerate(["预算执行指标", "产出指标", "效益指标", "满意度指标"]):
        gw = sum(num(b[3]).v for b in groups[g])
        c.n += 1
        if gw != w[i].v:
            c.fail("weight_sum_mismatch", f"{g}: rows weigh {gw}, text {w[i]}")
        c.lin("score_sum_mismatch", f"{g} score", s[i], [(1, num(b[7])) for b in groups[g]])
    # targets in the goal text vs 附件1
    m = c.one(r"完成人工耳蜗植入救助(\d+)人以上、康复训练救助(\d+)人以上，康复有效率不低于(\d+)%，受助家庭满意度不低于(\d+)%")
    for val, rowname in zip(m.groups(), ["人工耳蜗植入救助人数", "康复训练救助人数", "康复有效率", "受助家庭满意度"]):
        tq = vu(byname[rowname][4])[1]
        c.eq("conflicting_values", f"target {rowname}", Q(val, tq.unit), tq)


# ================================================================================ B: Sichuan 2023
def check_B(c):
    t = c.t
    fr = {}
    for key, start in [("total", "年度资金总额\t"), ("fis", "其中：财政资金\t"), ("acct", "财政专户管理资金\t"),
                       ("unit", "单位资金\t"), ("other", "其他资金\t")]:
        fr[key] = c.line(start)
    cols = {"年初": 1, "全年": 2, "执行": 3}
    for col, i in cols.items():
        c.total("sum_mismatch", f"funds {col}", money(fr["total"][i]),
                [money(fr[k][i]) for k in ("fis", "acct", "unit", "other")])
    tot = fr["total"]
    ann, spent = money(tot[2]), money(tot[3])
    erate_t = pct(tot[5])
    c.rate("table 执行率", erate_t, spent, ann)
    exec_w, exec_s = num(tot[4]), num(tot[6])
    c.score_cap("execution score", exec_w, exec_s)

    m = c.one(r"年初批复本项目([\d.]+)万元，其中(\d{4})年12月提前下达的中央残疾人事业发展补助资金([\d.]+)万元、"
              r"省级补助([\d.]+)万元、县级配套([\d.]+)万元")
    init, adv_y, cen, prov, cty = m.groups()
    init, cen, prov, cty = map(money, (init, cen, prov, cty))
    c.total("sum_mismatch", "年初 by source", init, [cen, prov, cty])
    c.year_is("提前下达 in the December before", adv_y, c.year - 1)
    c.eq("conflicting_values", "年初 text/table", init, money(tot[1]))
    m = c.one(r"追加下达中央补助资金([\d.]+)万元，同时县慈善会定向捐赠([\d.]+)万元纳入项目统筹，全年预算调整为([\d.]+)万元")
    add, don, ann_p = map(money, m.groups())
    c.total("sum_mismatch", "全年 = 年初 + 追加 + 捐赠", ann_p, [init, add, don])
    c.eq("conflicting_values", "全年 text/table", ann_p, ann)
    m = c.one(r"其中财政资金([\d.]+)万元、其他资金([\d.]+)万元")
    fis_a, oth_a = map(money, m.groups())
    c.total("sum_mismatch", "全年 = 财政 + 其他", ann_p, [fis_a, oth_a])
    c.total("sum_mismatch", "财政全年 = 年初 + 追加", fis_a, [init, add])
    c.eq("conflicting_values", "财政全年 text/table", fis_a, money(fr["fis"][2]))
    c.eq("conflicting_values", "其他全年 text/table", oth_a, money(fr["other"][2]))
    c.eq("conflicting_values", "捐赠 = 其他", don, oth_a)
    c.year_is("截至 date", c.one(r"截至(\d{4})年12月31日").group(1), c.year)
    m = c.one(r"全年实际支出([\d.]+)万元，执行率([\d.]+)%。其中财政资金支出([\d.]+)万元，执行率([\d.]+)%")
    sp, er, fsp, fer = money(m.group(1)), Q(m.group(2), "%"), money(m.group(3)), Q(m.group(4), "%")
    c.rate("text 执行率", er, sp, ann_p)
    c.rate("text 财政资金执行率", fer, fsp, fis_a)
    c.eq("conflicting_values", "支出 text/table", sp, spent)
    c.eq("conflicting_values", "执行率 text/table", er, erate_t)
    c.eq("conflicting_values", "财政支出 text/table", fsp, money(fr["fis"][3]))
    bal = money(c.one(r"财政资金结余([\d.]+)万元").group(1))
    c.lin("balance_mismatch", "财政结余 = 全年(全部到位) − 支出", bal, [(1, fis_a), (-1, fsp)])
    c.year_after("结转至", c.one(r"结转至(\d{4})年").group(1))

    first = Q(c.one(r"共救助听力残疾儿童(\d+)人次").group(1), "人次")
    m = c.one(r"全年救助听力残疾儿童(\d+)人次，其中人工耳蜗植入(\d+)人次、康复训练(\d+)人次")
    allk, impl, trn = (Q(x, "人次") for x in m.groups())
    c.eq("conflicting_values", "children total overview/section 四", first, allk)
    c.total("sum_mismatch", "人次 = 植入 + 训练", allk, [impl, trn])
    m = c.one(r"植入的(\d+)名儿童中，0—3岁(\d+)名、4—6岁(\d+)名，每人补助手术、住院及开机调试费用([\d.]+)万元，合计([\d.]+)万元")
    n_impl, g1, g2 = (Q(x, "人") for x in m.groups()[:3])
    per, surg = money(m.group(4)), money(m.group(5))
    c.total("sum_mismatch", "implanted by age", n_impl, [g1, g2])
    c.eq("conflicting_values", "植入 人次/名", Q(impl.s, "人"), n_impl)
    c.prod("sum_mismatch", "surgery subsidy", surg, n_impl, per)
    m = c.one(r"康复训练共支出([\d.]+)万元，人均康复训练补助([\d.]+)万元，低于每人每年([\d.]+)万元的补助上限")
    trs, avg, cap = map(money, m.groups())
    c.average("average training subsidy", avg, total=trs, count=Q(trn.s))
    c.n += 1
    if avg.v > cap.v:
        c.fail("average_mismatch", "average above the stated cap")
    oth = money(c.one(r"听力评估和家长培训支出([\d.]+)万元").group(1))
    c.total("sum_mismatch", "财政支出 by item", fsp, [surg, trs, oth])
    m = c.one(r"年末对(\d+)名受训儿童进行听觉言语能力评估，有效(\d+)名，康复有效率([\d.]+)%；(\d+)名儿童转入")
    n_ev, n_ok, eff, n_sch = Q(m.group(1), "人"), Q(m.group(2), "人"), Q(m.group(3), "%"), Q(m.group(4), "人")
    c.eq("conflicting_values", "assessed = trained", n_ev, Q(trn.s, "人"))
    c.rate("康复有效率", eff, n_ok, n_ev)
    sat = Q(c.one(r"受助家庭满意度测评为([\d.]+)%").group(1), "%")
    c.pct_range("satisfaction", sat)
    m = c.one(r"项目自评得分([\d.]+)分，总体评价(\S\S)")
    total_s, glabel = Q(m.group(1)), m.group(2)
    c.grade("grade", total_s, glabel)
    c.year_is("title year", c.one(r"^(\d{4})年度大竹县").group(1), c.year)
    c.year_is("table year", c.one(r"附：(\d{4})年度项目支出绩效自评表").group(1), c.year)

    rows = [ln.split("\t") for ln in t.split("\n") if ln.startswith(("产出指标\t", "效益指标\t", "满意度指标\t"))]
    if len(rows) != 8:
        raise ExtractError("B indicator rows")
    indicator_rows(c, [[r[2], r[6], r[7], r[3] + r[4] if r[3] != "定性" else r[4], r[5]] for r in rows],
                   0, 1, 2, 3, 4, None, "自评表")
    tr = c.line("总分\t")
    tw, ts = num(tr[6]), num(tr[7])
    wsum = exec_w.v + sum(num(r[6]).v for r in rows)
    c.n += 1
    if wsum != tw.v or wsum != HUNDRED:
        c.fail("weight_sum_mismatch", f"weights sum {wsum}, 总分 {tw}")
    c.lin("score_sum_mismatch", "total score", ts, [(1, exec_s)] + [(1, num(r[7])) for r in rows])
    c.eq("conflicting_values", "total text/table", total_s, ts)
    by = {r[2]: r for r in rows}
    c.eq("conflicting_values", "植入 text/table", n_impl, vu(by["人工耳蜗植入救助人数"][5])[1])
    act = vu(by["康复训练救助人数"][5])[1]
    if act.unit == "人":
        c.eq("conflicting_values", "训练 text/table", Q(trn.s, "人"), act)
    c.eq("conflicting_values", "康复有效率 text/table", eff, vu(by["康复有效率"][5])[1])
    c.eq("conflicting_values", "随班就读 text/table", n_sch, vu(by["随班就读儿童人数"][5])[1])
    c.eq("conflicting_values", "surgery standard text/table", per, vu(by["植入手术补助标准"][5])[1])
    sat_t = vu(by["受助家庭满意度"][5])[1]
    c.pct_range("table satisfaction", sat_t)
    c.eq("conflicting_values", "satisfaction text/table", sat, sat_t)
    m = c.one(r"完成人工耳蜗植入救助(\d+)人、康复训练救助(\d+)人以上，康复有效率不低于(\d+)%，受助家庭满意度不低于(\d+)%")
    for val, rowname in zip(m.groups(), ["人工耳蜗植入救助人数", "康复训练救助人数", "康复有效率", "受助家庭满意度"]):
        tq = vu(by[rowname][4])[1]
        c.eq("conflicting_values", f"target {rowname}", Q(val, tq.unit), tq)


# ================================================================================ C: Hunan 2018
def check_C(c):
    t = c.t
    m = c.one(r"\n年度资金总额 ([\d.]+) ([\d.]+) ([\d.]+) (\d+) ([\d.]+)% ([\d.]+)\n")
    ti, ta, te, tw, tr, ts = m.groups()
    ti, ta, te = map(money, (ti, ta, te))
    tr, tw, ts = Q(tr, "%"), Q(tw), Q(ts)
    m = c.one(r"\n其中：当年财政拨款 ([\d.]+) ([\d.]+) ([\d.]+) — ([\d.]+)% —\n")
    fi, fa, fe = map(money, m.groups()[:3])
    fr = Q(m.group(4), "%")
    m = c.one(r"\n上年结转资金 ([\d.]+) ([\d.]+) ([\d.]+) — ([\d.]+)% —\n")
    ci, ca, ce = map(money, m.groups()[:3])
    cr = Q(m.group(4), "%")
    m = c.one(r"\n其他资金 ([\d.]+) ([\d.]+) ([\d.]+) — — —\n")
    oi, oa, oe = map(money, m.groups())
    c.total("sum_mismatch", "年初 column", ti, [fi, ci, oi])
    c.total("sum_mismatch", "全年 column", ta, [fa, ca, oa])
    c.total("sum_mismatch", "执行 column", te, [fe, ce, oe])
    c.rate("table 执行率", tr, te, ta)
    c.rate("table 财政拨款执行率", fr, fe, fa)
    c.rate("table 结转执行率", cr, ce, ca)
    c.score_cap("execution score", tw, ts)

    m = c.one(r"(\d{4})年年初批复([\d.]+)万元（含(\d{4})年结转([\d.]+)万元），(\d+)月省残联追加康复救助资金([\d.]+)万元，全年预算([\d.]+)万元")
    y, init, cy, co, _mon, add, ann = m.groups()
    init, co, add, ann = map(money, (init, co, add, ann))
    c.year_is("budget year", y, c.year)
    c.year_is("上年结转 from the previous year", cy, c.year - 1)
    c.total("sum_mismatch", "全年 = 年初 + 追加", ann, [init, add])
    c.total("sum_mismatch", "财政拨款全年 = 年初 + 追加", fa, [fi, add])
    c.eq("conflicting_values", "年初 text/table", init, ti)
    c.eq("conflicting_values", "结转 text/table", co, ci)
    c.eq("conflicting_values", "全年 text/table", ann, ta)
    m = c.one(r"全年预算资金([\d.]+)万元已于(\d{4})年12月前全部到位")
    rec = money(m.group(1))
    c.eq("conflicting_values", "到位 = 全年", rec, ann)
    c.year_is("到位 year", m.group(2), c.year)
    m = c.one(r"全年支出([\d.]+)万元，执行率([\d.]+)%，年末结余([\d.]+)万元")
    sp, er, bal = money(m.group(1)), Q(m.group(2), "%"), money(m.group(3))
    c.rate("text 执行率", er, sp, ann)
    c.eq("conflicting_values", "支出 text/table", sp, te)
    c.eq("conflicting_values", "执行率 text/table", er, tr)
    c.lin("balance_mismatch", "结余 = 到位 − 支出", bal, [(1, rec), (-1, sp)])
    m = c.one(r"人工耳蜗植入手术补助(\d+)人，每人补助([\d.]+)万元，计([\d.]+)万元")
    n_impl, per, surg = Q(m.group(1), "人"), money(m.group(2)), money(m.group(3))
    c.prod("sum_mismatch", "surgery subsidy", surg, n_impl, per)
    m = c.one(r"康复训练补助(\d+)人，按每人每年(\d+)(元|万元)的标准，计([\d.]+)万元")
    n_tr, std, trs = Q(m.group(1), "人"), money(m.group(2), m.group(3)), money(m.group(4))
    c.prod("sum_mismatch", "training subsidy", trs, n_tr, std)
    oth = money(c.one(r"开机调试、听力评估及家长培训支出([\d.]+)万元").group(1))
    c.total("sum_mismatch", "spending by item", sp, [surg, trs, oth])
    m = c.one(r"全年应拨付(\d+)笔，按时拨付(\d+)笔，资金拨付及时率([\d.]+)%；有(\d+)笔")
    due, ontime, tim, late = Q(m.group(1)), Q(m.group(2)), Q(m.group(3), "%"), Q(m.group(4))
    c.rate("拨付及时率", tim, ontime, due)
    c.lin("sum_mismatch", "late payments", late, [(1, due), (-1, ontime)])
    m = c.one(r"全年实施人工耳蜗植入救助(\d+)人，其中1—3岁(\d+)人、4—6岁(\d+)人，完成年度目标的(\d+)%")
    n2, g1, g2, comp = Q(m.group(1), "人"), Q(m.group(2), "人"), Q(m.group(3), "人"), Q(m.group(4), "%")
    c.total("sum_mismatch", "implanted by age", n2, [g1, g2])
    c.eq("conflicting_values", "植入 人数 twice", n2, n_impl)
    m2 = c.one(r"康复训练救助(\d+)人，比年度目标少(\d+)人")
    c.eq("conflicting_values", "训练 人数 twice", Q(m2.group(1), "人"), n_tr)
    c.pct_range("出勤率", Q(c.one(r"出勤率达到([\d.]+)%").group(1), "%"))
    m = c.one(r"年末评估的(\d+)名受训儿童中，康复有效(\d+)人，康复有效率([\d.]+)%；受助家庭满意度([\d.]+)%，略低于(\d+)%的年度目标")
    n_ev, n_ok, eff, sat, sat_goal = (Q(m.group(1), "人"), Q(m.group(2), "人"), Q(m.group(3), "%"),
                                      Q(m.group(4), "%"), Q(m.group(5), "%"))
    c.eq("conflicting_values", "assessed = trained", n_ev, n_tr)
    c.rate("康复有效率", eff, n_ok, n_ev)
    c.pct_range("satisfaction", sat)
    m = c.one(r"本项目自评得分(\d+)分，评价等级为(\S)")
    total_s, glabel = Q(m.group(1)), m.group(2)
    c.grade("grade", total_s, glabel)
    c.year_is("intro year", c.one(r"对(\d{4})年度听力残疾儿童").group(1), c.year)
    c.year_is("table year", c.one(r"项目支出绩效自评表 （(\d{4})年度）").group(1), c.year)

    rows = []
    for ln in t.split("\n"):
        if ln.startswith(("产出指标 ", "效益指标 ", "满意度指标 ")):
            p = ln.split(" ")
            rows.append(p[:7] + [" ".join(p[7:])])
    if len(rows) != 8:
        raise ExtractError("C indicator rows")
    indicator_rows(c, rows, 2, 5, 6, 3, 4, None, "自评表")
    m = c.one(r"\n总分 (\d+) (\d+)$")
    tw_all, ts_all = Q(m.group(1)), Q(m.group(2))
    wsum = tw.v + sum(num(r[5]).v for r in rows)
    c.n += 1
    if wsum != tw_all.v or wsum != HUNDRED:
        c.fail("weight_sum_mismatch", f"weights sum {wsum}, 总分 {tw_all}")
    c.lin("score_sum_mismatch", "total score", ts_all, [(1, ts)] + [(1, num(r[6])) for r in rows])
    c.eq("conflicting_values", "total text/table", total_s, ts_all)
    by = {r[2]: r for r in rows}
    d_impl, t_impl = vu(by["人工耳蜗植入救助人数"][3])
    a_impl = vu(by["人工耳蜗植入救助人数"][4])[1]
    c.eq("conflicting_values", "植入 text/table", n_impl, a_impl)
    c.completion("text completion 植入", comp, t_impl, n_impl, d_impl)
    t_tr = vu(by["康复训练救助人数"][3])[1]
    c.eq("conflicting_values", "训练 text/table", n_tr, vu(by["康复训练救助人数"][4])[1])
    c.lin("sum_mismatch", "training shortfall", Q(m2.group(2), "人"), [(1, t_tr), (-1, n_tr)])
    c.eq("conflicting_values", "康复有效率 text/table", eff, vu(by["康复有效率"][4])[1])
    c.eq("conflicting_values", "及时率 text/table", tim, vu(by["补助资金拨付及时率"][4])[1])
    c.eq("conflicting_values", "standard text/table", std, vu(by["康复训练补助标准"][4])[1])
    sat_t = vu(by["受助家庭满意度"][4])[1]
    c.pct_range("table satisfaction", sat_t)
    c.eq("conflicting_values", "satisfaction text/table", sat, sat_t)
    c.eq("conflicting_values", "satisfaction target text/table", sat_goal, vu(by["受助家庭满意度"][3])[1])
    m = c.one(r"完成植入救助(\d+)人，康复训练(\d+)人。")
    c.eq("conflicting_values", "goal box 植入", Q(m.group(1), "人"), n_impl)
    c.eq("conflicting_values", "goal box 训练", Q(m.group(2), "人"), n_tr)
    m = c.one(r"年度目标：人工耳蜗植入救助(\d+)人以上，康复训练救助(\d+)人以上，康复有效率达到(\d+)%，补助资金拨付及时率达到(\d+)%，受助家庭满意度达到(\d+)%")
    for val, rowname in zip(m.groups(), ["人工耳蜗植入救助人数", "康复训练救助人数", "康复有效率", "补助资金拨付及时率",
                                         "受助家庭满意度"]):
        tq = vu(by[rowname][3])[1]
        c.eq("conflicting_values", f"target {rowname}", Q(val, tq.unit), tq)


# ================================================================================ D: Hubei 2020
def check_D(c):
    t = c.t
    fr = {k: c.line(k + "\t") for k in ("合计\t1", "中央财政补助", "省级财政补助", "县级财政配套")}
    fr["合计"] = fr.pop("合计\t1")
    for i, col in [(2, "年初"), (3, "全年"), (4, "到位"), (5, "支出")]:
        c.total("sum_mismatch", f"funds {col}", money(fr["合计"][i]),
                [money(fr[k][i]) for k in ("中央财政补助", "省级财政补助", "县级财政配套")])
    init_t, ann, rec, spent = (money(fr["合计"][i]) for i in (2, 3, 4, 5))
    m = c.one(r"(\d{4})年年初预算([\d.]+)万元，年中追加([\d.]+)万元，全年预算([\d.]+)万元")
    c.year_is("budget year", m.group(1), c.year)
    init, add, ann_p = map(money, m.groups()[1:])
    c.total("sum_mismatch", "全年 = 年初 + 追加", ann_p, [init, add])
    c.eq("conflicting_values", "年初 text/table", init, init_t)
    c.eq("conflicting_values", "全年 text/table", ann_p, ann)
    c.year_is("追加 issued", c.one(r"追加部分于(\d{4})年9月下达").group(1), c.year)
    m = c.one(r"全年资金到位率(\d+)%，预算执行率([\d.]+)%")
    c.rate("到位率", Q(m.group(1), "%"), rec, ann)
    erate = Q(m.group(2), "%")
    c.rate("执行率", erate, spent, ann)
    m = c.one(r"年末结余资金([\d.]+)万元，已按规定结转至(\d{4})年")
    c.lin("balance_mismatch", "结余 = 到位 − 支出", money(m.group(1)), [(1, rec), (-1, spent)])
    c.year_after("结转至", m.group(2))

    m = c.one(r"全年完成人工耳蜗植入救助(\d+)例，0—3岁、4—6岁分别为(\d+)例、(\d+)例，手术成功率(\d+)%")
    n_impl, g1, g2 = (Q(x, "例") for x in m.groups()[:3])
    succ = Q(m.group(4), "%")
    c.total("sum_mismatch", "implanted by age", n_impl, [g1, g2])
    m = c.one(r"每例补助手术及住院费用([\d.]+)万元，共([\d.]+)万元；术后开机调试每例补助(\d+)元，共([\d.]+)万元")
    per, surg, swper, swon = money(m.group(1)), money(m.group(2)), money(m.group(3), "元"), money(m.group(4))
    c.prod("sum_mismatch", "surgery subsidy", surg, n_impl, per)
    c.prod("sum_mismatch", "switch-on subsidy", swon, n_impl, swper)
    m = c.one(r"全年为(\d+)名听障儿童提供康复训练救助，支付康复训练补助([\d.]+)万元，人均([\d.]+)万元")
    n_tr, trs, avg = Q(m.group(1), "人"), money(m.group(2)), money(m.group(3))
    c.average("average training subsidy", avg, total=trs, count=Q(n_tr.s))
    oth = money(c.one(r"听力评估、家长培训等支出([\d.]+)万元").group(1))
    c.total("sum_mismatch", "spending by item", spent, [surg, swon, trs, oth])
    m = c.one(r"组织家长康复知识培训(\d+)期，年度计划(\d+)期，完成率([\d.]+)%")
    c.completion("parent training", Q(m.group(3), "%"), Q(m.group(2), "期"), Q(m.group(1), "期"), "gte")
    short = Q(c.one(r"全年康复训练人数比目标少(\d+)人").group(1), "人")
    m = c.one(r"年末对(\d+)名受训儿童开展听觉言语能力评估，评估有效(\d+)人，康复有效率([\d.]+)%；(\d+)名儿童进入普通幼儿园")
    n_ev, n_ok, eff, n_sch = Q(m.group(1), "人"), Q(m.group(2), "人"), Q(m.group(3), "%"), Q(m.group(4), "人")
    c.eq("conflicting_values", "assessed = trained", n_ev, n_tr)
    c.rate("康复有效率", eff, n_ok, n_ev)
    sat = Q(c.one(r"受助家庭满意度为([\d.]+)%").group(1), "%")
    c.pct_range("satisfaction", sat)
    m = c.one(r"预算执行率(\d+)分，按执行率计分；产出、效益、满意度指标共(\d+)分，按年度目标分块计分，其中目标1、目标2各(\d+)分，目标3为(\d+)分")
    w_exec, w_rest, w12, w3 = (Q(x) for x in m.groups())
    c.n += 1
    if w_exec.v + w_rest.v != HUNDRED or w12.v * 2 + w3.v != w_rest.v:
        c.fail("weight_sum_mismatch", "block weights in the text")
    m = c.one(r"项目得分([\d.]+)分，等级为(\S)")
    total_s, glabel = Q(m.group(1)), m.group(2)
    c.grade("grade", total_s, glabel)
    c.lin("score_sum_mismatch", "deduction = 100 − total", Q(c.one(r"共扣([\d.]+)分").group(1)),
          [(1, Q("100")), (-1, total_s)])
    c.year_is("title year", c.one(r"\n(\d{4})年度听障儿童").group(1), c.year)
    c.year_is("table year", c.one(r"表2 (\d{4})年度项目支出绩效自评表").group(1), c.year)

    # table 2
    rows, blk = [], ""
    start = t.index("年度目标\t一级指标")
    for ln in t[start:].split("\n")[1:]:
        p = ln.split("\t")
        if p[0] == "合计":
            tot = p
            break
        if len(p) != 9:
            raise ExtractError(f"D row {ln!r}")
        blk = p[0] or blk
        rows.append([blk] + p[1:])
    indicator_rows(c, rows, 3, 7, 8, 4, 5, 6, "表2")
    tw, ts = num(tot[7]), num(tot[8])
    wsum = sum(num(r[7]).v for r in rows)
    c.n += 1
    if wsum != tw.v or wsum != HUNDRED:
        c.fail("weight_sum_mismatch", f"weights sum {wsum}, 合计 {tw}")
    for prefix, expect in [("预算执行", w_exec), ("目标1", w12), ("目标2", w12), ("目标3", w3)]:
        bw = sum(num(r[7]).v for r in rows if r[0].startswith(prefix))
        c.n += 1
        if bw != expect.v:
            c.fail("weight_sum_mismatch", f"block {prefix} weighs {bw}, text {expect}")
    c.lin("score_sum_mismatch", "total score", ts, [(1, num(r[8])) for r in rows])
    c.eq("conflicting_values", "total text/table", total_s, ts)
    by = {r[3]: r for r in rows}
    c.eq("conflicting_values", "执行率 text/table", erate, pct(by["预算执行率"][5]))
    c.eq("conflicting_values", "植入 text/table", n_impl, vu(by["植入救助例数"][5])[1])
    c.eq("conflicting_values", "成功率 text/table", succ, vu(by["手术成功率"][5])[1])
    c.eq("conflicting_values", "surgery standard text/table", per, vu(by["每例手术补助标准"][5])[1])
    t_tr = vu(by["康复训练人数"][4])[1]
    c.eq("conflicting_values", "训练 text/table", n_tr, vu(by["康复训练人数"][5])[1])
    c.lin("sum_mismatch", "training shortfall", short, [(1, t_tr), (-1, n_tr)])
    c.eq("conflicting_values", "康复有效率 text/table", eff, vu(by["康复有效率"][5])[1])
    c.eq("conflicting_values", "入园 text/table", n_sch, vu(by["进入普通幼儿园人数"][5])[1])
    sat_t = vu(by["受助家庭满意度"][5])[1]
    c.pct_range("table satisfaction", sat_t)
    c.eq("conflicting_values", "satisfaction text/table", sat, sat_t)
    m = c.one(r"实际完成：完成植入救助(\d+)例、康复训练(\d+)人，康复有效率([\d.]+)%")
    c.eq("conflicting_values", "goal box 植入", Q(m.group(1), "例"), n_impl)
    c.eq("conflicting_values", "goal box 训练", Q(m.group(2), "人"), n_tr)
    c.eq("conflicting_values", "goal box 有效率", Q(m.group(3), "%"), eff)
    for pat in (r"预期目标：完成人工耳蜗植入救助(\d+)例以上、康复训练(\d+)人以上，康复有效率不低于(\d+)%",
                r"完成人工耳蜗植入救助(\d+)例以上，康复训练救助(\d+)人以上，康复有效率不低于(\d+)%"):
        m = c.one(pat)
        for val, rowname in zip(m.groups(), ["植入救助例数", "康复训练人数", "康复有效率"]):
            tq = vu(by[rowname][4])[1]
            c.eq("conflicting_values", f"target {rowname}", Q(val, tq.unit), tq)


# ================================================================================ E: Jiangxi 2024 (department)
def check_E(c):
    t = c.t
    r1 = {k: c.line(k + "\t") for k in ("基本支出", "项目支出")}
    tot1 = [ln.split("\t") for ln in t.split("\n") if ln.startswith("合计\t") and ln.count("\t") == 4]
    if len(tot1) != 1:
        raise ExtractError("table 1 total")
    r1["合计"] = tot1[0]
    for i, col in [(1, "年初"), (2, "调整后"), (3, "支出")]:
        c.total("sum_mismatch", f"table 1 {col}", money(r1["合计"][i]), [money(r1[k][i]) for k in ("基本支出", "项目支出")])
    for k in r1:
        c.rate(f"table 1 执行率 {k}", pct(r1[k][4]), money(r1[k][3]), money(r1[k][2]))
    m = c.one(r"部门收入总计([\d.]+)万元，其中一般公共预算财政拨款([\d.]+)万元、上年结转([\d.]+)万元")
    inc, app, co = map(money, m.groups())
    c.total("sum_mismatch", "收入", inc, [app, co])
    c.eq("conflicting_values", "收入 = 调整后预算", inc, money(r1["合计"][2]))
    m = c.one(r"全年支出([\d.]+)万元，其中基本支出([\d.]+)万元（人员经费([\d.]+)万元、公用经费([\d.]+)万元）、项目支出([\d.]+)万元")
    sp, basic, staff, office, proj = map(money, m.groups())
    c.total("sum_mismatch", "支出", sp, [basic, proj])
    c.total("sum_mismatch", "基本支出", basic, [staff, office])
    c.eq("conflicting_values", "支出 text/table", sp, money(r1["合计"][3]))
    c.eq("conflicting_values", "基本支出 text/table", basic, money(r1["基本支出"][3]))
    c.eq("conflicting_values", "项目支出 text/table", proj, money(r1["项目支出"][3]))
    m = c.one(r"年末结转结余([\d.]+)万元均为项目资金，其中康复训练补助项目([\d.]+)万元、残疾人就业培训项目([\d.]+)万元、"
              r"人工耳蜗植入救助项目([\d.]+)万元、助听器适配项目([\d.]+)万元，将结转至(\d{4})年")
    bal, b_tr, b_job, b_ci, b_ha = map(money, m.groups()[:5])
    c.lin("balance_mismatch", "结转结余 = 收入 − 支出", bal, [(1, inc), (-1, sp)])
    c.total("sum_mismatch", "结转结余 by project", bal, [b_tr, b_job, b_ci, b_ha])
    c.year_after("结转至", m.group(6))
    addp = money(c.one(r"追加项目支出预算([\d.]+)万元").group(1))
    c.lin("sum_mismatch", "追加 = 调整后 − 年初 (项目支出)", addp,
          [(1, money(r1["项目支出"][2])), (-1, money(r1["项目支出"][1]))])
    c.eq("conflicting_values", "部门执行率 text/table", Q(c.one(r"预算执行率([\d.]+)%；过程方面").group(1), "%"),
         pct(r1["合计"][4]))

    # table 2
    start = t.index("一级指标\t二级指标\t分值\t得分")
    rows, tot2, grade_cell = [], None, None
    for ln in t[start:].split("\n")[1:]:
        p = ln.split("\t")
        if p[0] == "合计":
            tot2 = p
        elif p[0] == "评价等级":
            grade_cell = p[-1]
            break
        else:
            rows.append(p)
    for r in rows:
        c.score_cap(f"表2 {r[1]}", num(r[2]), num(r[3]))
    wsum = sum(num(r[2]).v for r in rows)
    c.n += 1
    if wsum != num(tot2[2]).v or wsum != HUNDRED:
        c.fail("weight_sum_mismatch", f"表2 weights {wsum}")
    ts = num(tot2[3])
    c.lin("score_sum_mismatch", "表2 total", ts, [(1, num(r[3])) for r in rows])
    c.grade("表2 grade", ts, grade_cell)
    c.eq("conflicting_values", "score text/table", Q(c.one(r"部门整体支出绩效自评得分(\d+)分").group(1)), ts)
    by = {r[1]: r for r in rows}
    for name in ("预算编制科学性", "政府采购及资产管理", "重点工作完成情况", "项目支出完成质量", "社会效益", "服务对象满意度"):
        ded = Q(c.one(name + r"扣([\d.]+)分").group(1))
        c.lin("score_sum_mismatch", f"deduction {name}", ded, [(1, num(by[name][2])), (-1, num(by[name][3]))])

    # projects
    m = c.one(r"人工耳蜗植入救助项目(\d+)分、听障儿童康复训练补助项目(\d+)分、助听器适配项目(\d+)分，平均自评得分([\d.]+)分")
    c.average("project average", Q(m.group(4)), values=[Q(m.group(i)) for i in (1, 2, 3)])
    m = c.one(r"人工耳蜗植入救助项目预算([\d.]+)万元、支出([\d.]+)万元，执行率([\d.]+)%；康复训练补助项目预算([\d.]+)万元、"
              r"支出([\d.]+)万元，执行率([\d.]+)%；助听器适配项目预算([\d.]+)万元、支出([\d.]+)万元，执行率([\d.]+)%；"
              r"残疾人就业培训项目预算([\d.]+)万元、支出([\d.]+)万元")
    g = m.groups()
    ci_b, ci_s, ci_r = money(g[0]), money(g[1]), Q(g[2], "%")
    tr_b, tr_s, tr_r = money(g[3]), money(g[4]), Q(g[5], "%")
    ha_b, ha_s, ha_r = money(g[6]), money(g[7]), Q(g[8], "%")
    jb_b, jb_s = money(g[9]), money(g[10])
    c.rate("植入项目执行率", ci_r, ci_s, ci_b)
    c.rate("康复训练项目执行率", tr_r, tr_s, tr_b)
    c.rate("助听器项目执行率", ha_r, ha_s, ha_b)
    c.total("sum_mismatch", "project budgets = 项目支出调整后", money(r1["项目支出"][2]), [ci_b, tr_b, ha_b, jb_b])
    c.total("sum_mismatch", "project spending = 项目支出", proj, [ci_s, tr_s, ha_s, jb_s])
    for name, b, s_, q in [("康复训练", tr_b, tr_s, b_tr), ("就业培训", jb_b, jb_s, b_job), ("植入", ci_b, ci_s, b_ci),
                           ("助听器", ha_b, ha_s, b_ha)]:
        c.lin("balance_mismatch", f"结余 {name}", q, [(1, b), (-1, s_)])
    m = c.one(r"全年完成人工耳蜗植入救助(\d+)名、听障儿童康复训练救助(\d+)名、助听器适配(\d+)名")
    s_ci, s_tr, s_ha = (Q(x, "人") for x in m.groups())
    m = c.one(r"人工耳蜗植入救助项目：救助(\d+)名，较(\d{4})年的(\d+)名增加(\d+)名，其中0—3岁(\d+)名、4—6岁(\d+)名，"
              r"每人补助人工耳蜗产品及手术费用([\d.]+)万元，计([\d.]+)万元，开机调试及术后评估支出([\d.]+)万元")
    n_ci = Q(m.group(1), "人")
    c.year_is("last year's figure", m.group(2), c.year - 1)
    c.lin("sum_mismatch", "increase over last year", Q(m.group(4), "人"), [(1, n_ci), (-1, Q(m.group(3), "人"))])
    c.total("sum_mismatch", "植入 by age", n_ci, [Q(m.group(5), "人"), Q(m.group(6), "人")])
    c.prod("sum_mismatch", "植入 subsidy", money(m.group(8)), n_ci, money(m.group(7)))
    c.total("sum_mismatch", "植入 spending", ci_s, [money(m.group(8)), money(m.group(9))])
    c.eq("conflicting_values", "植入人数 summary/project", s_ci, n_ci)
    m = c.one(r"康复训练补助项目：救助(\d+)名，0—3岁、4—6岁、7—17岁分别为(\d+)名、(\d+)名、(\d+)名，人均补助([\d.]+)万元。"
              r"年末评估有效(\d+)名，康复有效率([\d.]+)%")
    n_tr = Q(m.group(1), "人")
    c.total("sum_mismatch", "训练 by age", n_tr, [Q(m.group(i), "人") for i in (2, 3, 4)])
    c.average("training average", money(m.group(5)), total=tr_s, count=Q(m.group(1)))
    c.rate("康复有效率", Q(m.group(7), "%"), Q(m.group(6)), Q(m.group(1)))
    c.eq("conflicting_values", "训练人数 summary/project", s_tr, n_tr)
    m = c.one(r"为(\d+)名听障儿童适配助听器(\d+)台，单台补助上限(\d+)元")
    c.eq("conflicting_values", "助听器人数 summary/project", s_ha, Q(m.group(1), "人"))
    c.n += 1
    if Q(m.group(2)).v * money(m.group(3), "元").v < ha_s.v:
        c.fail("sum_mismatch", "助听器 spending above the cap")
    c.year_is("title year", c.one(r"残疾人联合会(\d{4})年度部门整体支出绩效自评报告").group(1), c.year)
    c.year_is("table 1 year", c.one(r"表1 (\d{4})年度").group(1), c.year)
    c.year_is("table 2 year", c.one(r"表2 (\d{4})年度").group(1), c.year)
    c.year_is("projects year", c.one(r"\n(\d{4})年我会实施的").group(1), c.year)
    c.year_is("goal year", c.one(r"\n(\d{4})年部门整体绩效目标").group(1), c.year)


PROJECT_CHECKS = {
    "sx-zuoquan-rengongerwo-2021": (check_A, 2021),
    "sc-dazhu-tingzhangjiuzhu-2023": (check_B, 2023),
    "hn-chaling-erwokangfu-2018": (check_C, 2018),
    "hb-huangmei-erwozhiru-2020": (check_D, 2020),
    "jx-leping-canlian-bumen-2024": (check_E, 2024),
}


def run_checks(source, text):
    fn, year = PROJECT_CHECKS[source]
    c = Ctx(text, year)
    fn(c)
    c.generic_rates()
    return c


def diff_region(a, b):
    """[start, end) in b of the single contiguous region where b differs from a."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s, a[p:len(a) - s], b[p:len(b) - s]


def main():
    problems = []
    labels = [json.loads(ln) for ln in open(os.path.join(BASE, "labels.jsonl"), encoding="utf-8") if ln.strip()]
    counts = {k: 0 for k in CODES}
    where = {"prose": 0, "table": 0}
    clean_text = {}
    for rec in labels:
        if rec["clean"]:
            clean_text[rec["source"]] = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
    if len(clean_text) != 5:
        problems.append("expected 5 clean drafts")
    for rec in labels:
        text = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
        try:
            c = run_checks(rec["source"], text)
        except ExtractError as e:
            problems.append(f"{rec['case']}: extraction failed: {e}")
            continue
        failed = sorted({code for code, _ in c.fails})
        if rec["clean"]:
            n = len(text)
            if not 2800 <= n <= 3400:
                problems.append(f"{rec['case']}: length {n} outside 2800-3400")
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with expectations")
            if failed:
                problems.append(f"{rec['case']}: clean draft fails {c.fails}")
            print(f"{rec['case']}: {len(text)} chars, {c.n} checks, all pass")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{rec['case']}: expected exactly one label")
            continue
        lab = exp[0]
        code, value = lab["code"], lab["value"]
        if code not in CODES or lab["severity"] != "error":
            problems.append(f"{rec['case']}: bad code/severity {code}/{lab['severity']}")
        counts[code] = counts.get(code, 0) + 1
        if value not in text:
            problems.append(f"{rec['case']}: label value not in case")
        clean = clean_text[rec["source"]]
        s, e, old, new = diff_region(clean, text)
        if s >= e and not old:
            problems.append(f"{rec['case']}: identical to clean draft")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not any(o < max(e, s + 1) and o + len(value) > s for o in occ):
            problems.append(f"{rec['case']}: label value does not overlap the change [{s},{e})")
        # single contiguous change is guaranteed by diff_region; make sure the rest is identical
        if clean[:s] != text[:s] or clean[len(clean) - (len(text) - e):] != text[e:]:
            problems.append(f"{rec['case']}: more than one changed region")
        if code not in failed:
            problems.append(f"{rec['case']}: labelled {code} does not fail (failures: {c.fails})")
        others = [f for f in c.fails if f[0] != code]
        if others:
            problems.append(f"{rec['case']}: other codes fail too: {others}")
        print(f"{rec['case']}: {code} -> {[m for k, m in c.fails]}  change {old!r} -> {new!r}")
    # where (prose/table) from build.py
    sys.path.insert(0, BASE)
    import build  # noqa: E402
    for ed in build.EDITS:
        where[ed[3]] += 1
    for k in CODES:
        if counts.get(k, 0) < 2:
            problems.append(f"code {k} used {counts.get(k, 0)} times (< 2)")
    print("counts:", json.dumps(counts, ensure_ascii=False))
    print("where:", where)
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
