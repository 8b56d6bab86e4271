#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. labels.jsonl and cases/ agree; every label value occurs in its case; clean cases have no labels;
2. every error case differs from its clean draft in ONE contiguous place that overlaps the label value;
3. every code of errors.md section A is used at least twice;
4. the arithmetic of each draft is redone from its text (amounts as written, Decimal, ROUND_HALF_UP,
   tolerance of rules.md section 8): a clean draft passes every check; an error case fails the labelled
   code and no other error-level code. `score_rule` checks are warnings (local rules differ) and are only
   required to pass on the clean drafts.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP, getcontext

getcontext().prec = 40
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

EPS = D("1e-12")
MONEY = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}
SCALES = (D(10000), D("0.0001"))
HUNDRED = D(100)


class ParseError(Exception):
    pass


class N:
    """A number as written: value (money normalised to 万元) and tolerance from its own decimals."""

    def __init__(self, s, unit=None):
        s = str(s).strip().replace(",", "")
        if not re.fullmatch(r"-?\d+(?:\.\d+)?", s):
            raise ParseError(f"not a number: {s!r}")
        self.raw = s
        d = len(s.split(".")[1]) if "." in s else 0
        f = MONEY.get(unit, D(1))
        self.v = D(s) * f
        self.tol = D(5) * D(10) ** (-(d + 1)) * f + EPS

    def __repr__(self):
        return self.raw


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORD = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class Ctx:
    def __init__(self, text, year):
        self.text = text
        self.year = year
        self.res = []  # (code, ok, desc, severity)

    # -- extraction -------------------------------------------------------------------------------
    def one(self, pat):
        ms = list(re.finditer(pat, self.text))
        if len(ms) != 1:
            raise ParseError(f"pattern matched {len(ms)} times: {pat}")
        return ms[0]

    def lines_starting(self, prefix, sep, ncells=None):
        out = []
        for line in self.text.split("\n"):
            if line.startswith(prefix):
                cells = split_cells(line, sep)
                if ncells is None or len(cells) == ncells:
                    out.append(cells)
        return out

    def row(self, prefix, sep, ncells=None):
        rows = self.lines_starting(prefix, sep, ncells)
        if len(rows) != 1:
            raise ParseError(f"row {prefix!r} found {len(rows)} times")
        return rows[0]

    # -- checks -----------------------------------------------------------------------------------
    def add(self, code, ok, desc, sev="error"):
        self.res.append((code, bool(ok), desc, sev))

    def rel(self, code, desc, stated, fn, operands, money=False):
        """stated ~ fn(*operands); on failure, a 10^4 rescaling of one money figure that reconciles the
        identity turns the finding into unit_mismatch (errors.md: the most specific explanation wins)."""
        vals = [o.v for o in operands]
        ok = abs(fn(*vals) - stated.v) <= stated.tol
        if not ok and money:
            for f in SCALES:
                if abs(fn(*vals) - stated.v * f) <= stated.tol * f:
                    code = "unit_mismatch"
                for i in range(len(vals)):
                    v2 = list(vals)
                    v2[i] = vals[i] * f
                    if abs(fn(*v2) - stated.v) <= stated.tol:
                        code = "unit_mismatch"
        self.add(code, ok, f"{desc}: stated {stated.raw}, computed {fn(*vals)}")

    def total(self, code, desc, stated, parts, money=False):
        self.rel(code, desc, stated, lambda *xs: sum(xs, D(0)), parts, money)

    def same(self, desc, a, b, money=False, code="conflicting_values"):
        tol = max(a.tol, b.tol)
        ok = abs(a.v - b.v) <= tol
        if not ok and money:
            for f in SCALES:
                if abs(a.v * f - b.v) <= max(a.tol * f, b.tol) or abs(a.v - b.v * f) <= max(a.tol, b.tol * f):
                    code = "unit_mismatch"
        self.add(code, ok, f"{desc}: {a.raw} vs {b.raw}")

    def rate(self, desc, stated_cell, num, den, code="rate_mismatch", pct_cell=True):
        """stated rate (string, % optional) = num/den*100; zero base => '—' or '0'; >100% or <0 implausible."""
        s = stated_cell.strip().rstrip("%")
        if den.v == 0:
            self.add("implausible_rate", s in ("—", "-", "0", ""), f"{desc}: rate on a zero base given as {stated_cell!r}")
            return
        st = N(s)
        self.add("implausible_rate", D(0) <= st.v <= HUNDRED, f"{desc}: rate {stated_cell} outside 0-100%")
        self.rel(code, desc, st, lambda a, b: a / b * HUNDRED, [num, den])

    def pct_le_100(self, desc, cell):
        st = N(cell.strip().rstrip("%"))
        self.add("implausible_rate", D(0) <= st.v <= HUNDRED, f"{desc}: {cell} outside 0-100%")

    def year_after(self, desc, y):
        self.add("year_mismatch", int(y) > self.year, f"{desc}: {y} not after {self.year}")

    def year_is(self, desc, y):
        self.add("year_mismatch", int(y) == self.year, f"{desc}: {y} is not {self.year}")

    def grade(self, desc, total, word):
        g = GRADE_WORD[word]
        self.add("grade_mismatch", band(total.v) == g, f"{desc}: {total.raw} -> {band(total.v)}, stated {word}")

    def failing(self, sev="error"):
        return sorted({c for (c, ok, _, s) in self.res if not ok and s == sev})


def split_cells(line, sep):
    if sep == "md":
        return [c.strip() for c in line.strip().strip("|").split("|")]
    if sep == " | ":
        return [c.strip() for c in line.split("|")]
    return [c.strip() for c in line.split(sep)]


# ------------------------------------------------------------------------------------------------
# indicator tables
# ------------------------------------------------------------------------------------------------
TGT = re.compile(r"^(≥|≤|＞|＜|>=|<=|=)?\s*(\d+(?:\.\d+)?)\s*(.*)$")
ACT = re.compile(r"^(\d+(?:\.\d+)?)\s*(.*)$")


def norm_unit(u):
    return u.replace("千米", "公里").strip()


def money_of(unit):
    """'元/公里·年' -> '元' etc., for money per-unit figures."""
    for m in ("万元", "亿元", "元"):
        if unit.startswith(m):
            return m
    return None


def parse_target(s):
    m = TGT.match(s.strip())
    if not m:
        return None
    sign = m.group(1) or ""
    direction = "lte" if sign in ("≤", "＜", "<=") else "gte"
    if sign in ("", "=") and D(m.group(2)) == 0:
        direction = "eq0"
    return direction, N(m.group(2)), norm_unit(m.group(3))


def parse_actual(s):
    m = ACT.match(s.strip())
    if not m:
        return None
    return N(m.group(1)), norm_unit(m.group(2))


PARTIAL_WORDS = ("部分", "基本", "未")


def indicator_checks(ctx, rows, total_w, total_s, blocks=(), extra_rows=()):
    """rows: dicts name/target/actual/comp(optional)/w/s. extra_rows: (w, s) scored elsewhere (execution
    row of the MOF funds block). blocks: (subset of rows, subtotal weight N, subtotal score N)."""
    ws = [N(r["w"]) for r in rows] + [N(w) for (w, s) in extra_rows]
    ss = [N(r["s"]) for r in rows] + [N(s) for (w, s) in extra_rows]
    sum_w = sum((w.v for w in ws), D(0))
    ctx.add("weight_sum_mismatch", sum_w == HUNDRED, f"weights add to {sum_w}, not 100")
    if total_w is not None:
        ctx.total("weight_sum_mismatch", "stated weight total", total_w, ws)
    for r, w, s in zip(rows, ws, ss):
        ctx.add("score_exceeds_weight", D(0) <= s.v <= w.v, f"{r['name']}: score {s.raw} vs weight {w.raw}")
    for (w, s) in extra_rows:
        ctx.add("score_exceeds_weight", D(0) <= N(s).v <= N(w).v, f"execution: score {s} vs weight {w}")
    ctx.total("score_sum_mismatch", "Σ row scores vs stated total", total_s, ss)
    for (sub, sw, sscore) in blocks:
        ctx.total("weight_sum_mismatch", f"block weights vs 小计 {sw.raw}", sw, [N(r["w"]) for r in sub])
        ctx.total("score_sum_mismatch", f"block scores vs 小计 {sscore.raw}", sscore, [N(r["s"]) for r in sub])
    if blocks:
        ctx.total("weight_sum_mismatch", "Σ 小计 weights", N("100"), [b[1] for b in blocks])
        ctx.total("score_sum_mismatch", "Σ 小计 scores vs total", total_s, [b[2] for b in blocks])
    for r in rows:
        w, s = N(r["w"]), N(r["s"])
        t = parse_target(r["target"])
        a = parse_actual(r["actual"])
        comp = r.get("comp")
        if t is None:  # qualitative
            partial = any(x in r["actual"] for x in PARTIAL_WORDS)
            lo, hi = (D("0.6"), D("0.8")) if partial else (D("0.8"), D(1))
            ok = lo * w.v <= s.v <= hi * w.v and (not partial or s.v < hi * w.v)
            ctx.add("score_rule", ok, f"{r['name']}: qualitative score {s.raw}", "warning")
            if comp is not None:
                ctx.add("completion_mismatch", comp in ("—", "-", ""), f"{r['name']}: completion on qualitative row")
            continue
        direction, T, tu = t
        if a is None:
            ctx.add("unit_mismatch", False, f"{r['name']}: actual {r['actual']!r} not comparable with target")
            continue
        A, au = a
        ctx.add("unit_mismatch", tu == au, f"{r['name']}: target unit {tu!r} vs actual unit {au!r}")
        if au == "%" and any(k in r["name"] for k in ("率", "满意度", "比例")):
            ctx.add("implausible_rate", D(0) <= A.v <= HUNDRED, f"{r['name']}: actual {r['actual']}")
        if tu != au:
            continue
        if direction == "eq0":
            expect_comp = None
            expect_score = w.v if A.v <= 0 else D(0)
        elif direction == "lte":
            expect_comp = HUNDRED if A.v <= T.v else T.v / A.v * HUNDRED
            expect_score = w.v if A.v <= T.v else w.v * T.v / A.v
        else:
            expect_comp = A.v / T.v * HUNDRED
            expect_score = w.v * min(A.v / T.v, D(1))
        if comp is not None and expect_comp is not None:
            c = N(comp.rstrip("%"))
            ctx.add("completion_mismatch", abs(c.v - expect_comp) <= c.tol,
                    f"{r['name']}: completion {comp} vs {expect_comp}")
        alt = None
        if comp is not None and comp not in ("—",):
            alt = w.v * min(N(comp.rstrip("%")).v / HUNDRED, D(1))
        ok = abs(s.v - expect_score) <= s.tol or (alt is not None and abs(s.v - alt) <= s.tol)
        ctx.add("score_rule", ok, f"{r['name']}: score {s.raw} vs rule {expect_score}", "warning")


# ------------------------------------------------------------------------------------------------
# D1 灵石 2018
# ------------------------------------------------------------------------------------------------
def check_d1(ctx):
    t = ctx.text
    T = "\t"
    names = [("年初预算资金", 1), ("全年预算资金", 2), ("实际到位资金", 3), ("全年执行资金", 4), ("资金结余", 5),
             ("预算到位率", 6), ("预算执行率(%)", 7)]
    F = {k: ctx.row(p, T) for p, k in names}
    cols = [2, 3, 4, 5]  # 合计, 市级, 县级, 上年结转
    for k in (1, 2, 3, 4, 5):
        ctx.total("sum_mismatch", f"表1 row ({k}) 合计", N(F[k][2]), [N(F[k][j]) for j in (3, 4, 5)])
    for j in cols:
        ctx.rel("balance_mismatch", f"表1 (5)=(3)-(4) col {j}", N(F[5][j]), lambda a, b: a - b, [N(F[3][j]), N(F[4][j])])
        ctx.rate(f"表1 到位率 col {j}", F[6][j], N(F[3][j]), N(F[2][j]))
        ctx.rate(f"表1 执行率 col {j}", F[7][j], N(F[4][j]), N(F[2][j]))
    m = ctx.one(r"县财政安排本项目预算(\d+)万元。7月，晋中市财政局下达市级河长制工作补助资金(\d+)万元，全部用于本项目，调整后全年预算([\d.]+)万元，资金全部拨付到位。全年实际支出([\d.]+)万元，预算执行率([\d.]+)%；结余([\d.]+)万元")
    init, city, annual, spent, rate, bal = [N(x) for x in m.groups()]
    ctx.total("sum_mismatch", "年初 + 市级追加 = 全年预算", annual, [init, city])
    ctx.same("年初预算 text/table", init, N(F[1][2]))
    ctx.same("市级追加 text/table", city, N(F[2][3]))
    ctx.same("全年预算 text/table", annual, N(F[2][2]))
    ctx.same("到位 (全部到位) = 全年预算", N(F[3][2]), annual, code="rate_mismatch")
    ctx.same("实际支出 text/table", spent, N(F[4][2]))
    ctx.rate("text 预算执行率", m.group(5), spent, annual)
    ctx.same("执行率 text/table", rate, N(F[7][2]))
    ctx.rel("balance_mismatch", "text 结余 = 到位 - 支出", bal, lambda a, b: a - b, [annual, spent])
    ctx.year_after("结转至", ctx.one(r"结转至(\d{4})年").group(1))
    ctx.year_is("title year", ctx.one(r"(\d{4})年度河长制巡河及河道保洁经费项目").group(1))
    ctx.year_is("自评年度", ctx.one(r"本项目(\d{4})年度总得分").group(1))
    # uses
    m = ctx.one(r"保洁员劳务补助([\d.]+)万元（全县聘用保洁员(\d+)名，每人每月补助(\d+)(元|万元)）")
    labour = N(m.group(1), "万元")
    ctx.rel("sum_mismatch", "72人 x 12月 x 月补助", labour, lambda n, p: n * 12 * p, [N(m.group(2)), N(m.group(3), m.group(4))], money=True)
    m = ctx.one(r"河长公示牌制作更新([\d.]+)万元（共(\d+)块，每块(\d+)(元|万元)）")
    signs, nsign = N(m.group(1)), N(m.group(2))
    ctx.rel("sum_mismatch", "公示牌 块数 x 单价", signs, lambda n, p: n * p, [nsign, N(m.group(3), m.group(4))], money=True)
    clean_ = N(ctx.one(r"保洁工具购置([\d.]+)万元").group(1))
    pr = N(ctx.one(r"宣传和培训([\d.]+)万元").group(1))
    ctx.total("sum_mismatch", "支出构成合计 = 全年支出", spent, [labour, signs, clean_, pr], money=True)
    # rivers and patrols
    m = ctx.one(r"分别为汾河灵石段([\d.]+)公里、静升河([\d.]+)公里、仁义河([\d.]+)千米、交口河([\d.]+)公里，合计(\d+)公里")
    lens = [N(x) for x in m.groups()[:4]]
    total_len = N(m.group(5))
    ctx.total("sum_mismatch", "4条河道长度合计", total_len, lens)
    m = ctx.one(r"县级河长全年巡河(\d+)次，汾河灵石段、静升河、仁义河、交口河分别为(\d+)次、(\d+)次、(\d+)次、(\d+)次，平均每条河道([\d.]+)次")
    pts = [N(x) for x in m.groups()[1:5]]
    ctx.total("sum_mismatch", "巡河次数合计", N(m.group(1)), pts)
    ctx.rel("average_mismatch", "每条河道平均巡河", N(m.group(6)), lambda *xs: sum(xs, D(0)) / len(xs), pts)
    patrol_total = N(m.group(1))
    m = ctx.one(r"保洁工具费用合计([\d.]+)万元，折合每公里每年(\d+)元")
    cost = N(m.group(1))
    ctx.total("sum_mismatch", "劳务 + 清运工具", cost, [labour, clean_])
    unit_cost = N(m.group(2), "元")
    ctx.rel("average_mismatch", "每公里保洁经费", unit_cost, lambda c, l: c / l, [cost, total_len], money=True)
    # indicator table
    rows, l1 = [], ""
    lines = t.split("\n")
    start = lines.index(next(l for l in lines if l.startswith("一级指标\t")))
    for line in lines[start + 1:]:
        c = line.split(T)
        if c[0] == "合计":
            total_w, total_s = N(c[3]), N(c[7])
            break
        l1 = c[0] or l1
        rows.append(dict(l1=l1, name=c[2], w=c[3], target=c[4], actual=c[5], comp=c[6], s=c[7]))
    indicator_checks(ctx, rows, total_w, total_s)
    R = {r["name"]: r for r in rows}
    ctx.same("执行率 indicator/funds", N(R["预算执行率"]["actual"].rstrip("%")), rate)
    m = ctx.one(r"总得分(\d+(?:\.\d+)?)分，评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    ctx.same("总得分 text/table", N(m.group(1)), total_s)
    ctx.grade("grade", N(m.group(1)), m.group(2))
    ctx.same("长度 table/text", parse_actual(R["保洁河道长度"]["actual"])[0], total_len)
    ctx.same("巡河 table/text", parse_actual(R["县级河长巡河次数"]["actual"])[0], patrol_total)
    ctx.same("公示牌 table/text", parse_actual(R["河长公示牌更新数量"]["actual"])[0], N(ctx.one(r"实际更新(\d+)块").group(1)))
    ctx.same("公示牌 table/支出", parse_actual(R["河长公示牌更新数量"]["actual"])[0], nsign)
    ctx.same("达标率 table/text", parse_actual(R["河面保洁达标率"]["actual"])[0], N(ctx.one(r"抽查河段平均达标率([\d.]+)%").group(1)))
    m = ctx.one(r"巡河发现问题(\d+)个，按期整改(\d+)个，整改及时率([\d.]+)%")
    ctx.rate("整改及时率", m.group(3), N(m.group(2)), N(m.group(1)))
    ctx.same("整改及时率 table/text", parse_actual(R["巡河问题整改及时率"]["actual"])[0], N(m.group(3)))
    ctx.same("单价 table/text", N(parse_actual(R["河道保洁单价"]["actual"])[0].raw, "元"), unit_cost, money=True)
    m = ctx.one(r"排查沿岸垃圾乱堆乱放点(\d+)处，清理(\d+)处，清理率([\d.]+)%")
    ctx.rate("清理率", m.group(3), N(m.group(2)), N(m.group(1)))
    ctx.same("清理率 table/text", parse_actual(R["沿岸垃圾乱堆乱放点清理率"]["actual"])[0], N(m.group(3)))
    m = ctx.one(r"发放问卷(\d+)份，收回(\d+)份，表示满意的(\d+)份，满意度([\d.]+)%")
    ctx.rate("满意度", m.group(4), N(m.group(3)), N(m.group(2)))
    ctx.same("满意度 table/text", parse_actual(R["沿河群众满意度"]["actual"])[0], N(m.group(4)))


# ------------------------------------------------------------------------------------------------
# D2 万年 2019
# ------------------------------------------------------------------------------------------------
def check_d2(ctx):
    S = "｜"
    tot = ctx.row("年度资金总额｜", S)
    cur = ctx.row("其中：当年财政拨款｜", S)
    car = ctx.row("上年结转资金｜", S)
    oth = ctx.row("其他资金｜", S)
    for j, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        ctx.total("sum_mismatch", f"年度资金总额 {col}", N(tot[j]), [N(cur[j]), N(car[j]), N(oth[j])])
    for r in (tot, cur, car, oth):
        ctx.rate(f"{r[0]} 执行率", r[5], N(r[3]), N(r[2]))
    m = ctx.one(r"年初预算安排([\d.]+)万元，其中县本级财政拨款([\d.]+)万元，2018年结转资金([\d.]+)万元")
    init, county, carry = [N(x) for x in m.groups()]
    ctx.total("sum_mismatch", "年初 = 县本级 + 结转", init, [county, carry])
    ctx.same("年初 text/table", init, N(tot[1]))
    ctx.same("县本级 text/table", county, N(cur[1]))
    ctx.same("结转 text/table", carry, N(car[1]))
    m = ctx.one(r"省财政厅下达河长制工作经费([\d.]+)万元，统筹用于河道垃圾清运和巡河督查，调整后全年预算([\d.]+)万元")
    prov, annual = N(m.group(1)), N(m.group(2))
    ctx.total("sum_mismatch", "全年 = 县本级 + 省级 + 结转", annual, [county, prov, carry])
    ctx.total("sum_mismatch", "当年财政拨款全年 = 县本级 + 省级", N(cur[2]), [county, prov])
    ctx.same("全年 text/table", annual, N(tot[2]))
    m = ctx.one(r"全年实际支出([\d.]+)万元，其中：支付本年度前三季度保洁服务费([\d.]+)万元，支付2018年第四季度保洁尾款([\d.]+)万元，河道垃圾清运转运费([\d.]+)万元，巡河督查、无人机巡查及宣传费([\d.]+)万元。预算执行率([\d.]+)%")
    spent, q13, tail, gar, ins = [N(x) for x in m.groups()[:5]]
    ctx.total("sum_mismatch", "支出构成 = 全年支出", spent, [q13, tail, gar, ins])
    ctx.total("sum_mismatch", "当年财政拨款执行 = 保洁 + 清运 + 督查", N(cur[3]), [q13, gar, ins])
    ctx.same("上年尾款 = 上年结转执行", tail, N(car[3]))
    ctx.same("全年支出 text/table", spent, N(tot[3]))
    ctx.rate("text 预算执行率", m.group(6), spent, annual)
    ctx.same("执行率 text/table", N(m.group(6)), N(tot[5].rstrip("%")))
    ctx.rel("balance_mismatch", "未支出 = 全年预算 - 支出", N(ctx.one(r"年末尚未支出([\d.]+)万元").group(1)),
            lambda a, b: a - b, [annual, spent])
    ctx.year_after("结转至", ctx.one(r"已结转至(\d{4})年").group(1))
    ctx.year_is("截至", ctx.one(r"本报告数据截至(\d{4})年12月31日").group(1))
    ctx.year_is("title", ctx.one(r"万年县(\d{4})年度河道保洁经费").group(1))
    ctx.year_is("自评得分 year", ctx.one(r"本项目(\d{4})年度自评得分").group(1))
    m = ctx.one(r"分别为乐安河万年段([\d.]+)公里、万年河([\d.]+)公里、珠溪河([\d.]+)公里、大源河([\d.]+)公里、石镇河([\d.]+)公里，合计([\d.]+)公里，平均每条河道保洁长度([\d.]+)公里")
    lens = [N(x) for x in m.groups()[:5]]
    total_len = N(m.group(6))
    ctx.total("sum_mismatch", "5条河道长度合计", total_len, lens)
    ctx.rel("average_mismatch", "平均每条河道长度", N(m.group(7)), lambda *xs: sum(xs, D(0)) / len(xs), lens)
    m = ctx.one(r"单价按([\d.]+)(万元|元)/公里·年计，合同金额(\d+(?:\.\d+)?)(万元|元)")
    price = N(m.group(1), m.group(2))
    ctx.rel("sum_mismatch", "合同金额 = 长度 x 单价", N(m.group(3), m.group(4)), lambda l, p: l * p, [total_len, price], money=True)
    # indicator table
    rows = []
    for pre in ("产出指标｜", "效益指标｜", "满意度指标｜"):
        for c in ctx.lines_starting(pre, S):
            rows.append(dict(l1=c[0], name=c[2], target=c[3], actual=c[4], w=c[5], s=c[6]))
    total = ctx.row("总分｜", S)
    total_w, total_s = N(total[5]), N(total[6])
    indicator_checks(ctx, rows, total_w, total_s, extra_rows=[(tot[4], tot[6])])
    exe = dict(name="预算执行率", target="100%", actual=tot[5], w=tot[4], s=tot[6])
    indicator_checks_exec(ctx, exe)
    R = {r["name"]: r for r in rows}
    m = ctx.one(r"自评得分([\d.]+)分，评价等级为\"(优|良|中|差)\"")
    ctx.same("自评得分 text/table", N(m.group(1)), total_s)
    ctx.grade("grade", N(m.group(1)), m.group(2))
    ctx.same("保洁长度 table/text", parse_actual(R["河道保洁长度"]["actual"])[0], total_len)
    ctx.same("单价 text/table", price, N(parse_actual(R["河道保洁单价"]["actual"])[0].raw, "元"), money=True)
    ctx.same("单价 四(三)/table", N(ctx.one(r"保洁单价(\d+)元/公里·年，低于控制标准").group(1), "元"),
             N(parse_actual(R["河道保洁单价"]["actual"])[0].raw, "元"), money=True)
    m = ctx.one(r"乡镇级河长全年巡河(\d+)次，年度目标(\d+)次，巡河任务完成率([\d.]+)%")
    ctx.rel("completion_mismatch", "巡河任务完成率", N(m.group(3)), lambda a, b: a / b * HUNDRED, [N(m.group(1)), N(m.group(2))])
    ctx.same("巡河 table/text", parse_actual(R["乡镇级河长巡河次数"]["actual"])[0], N(m.group(1)))
    ctx.same("巡河目标 table/text", parse_target(R["乡镇级河长巡河次数"]["target"])[1], N(m.group(2)))
    m = ctx.one(r"共考核河段(\d+)段次，合格(\d+)段次，合格率(\d+)%")
    ctx.rate("合格率", m.group(3), N(m.group(2)), N(m.group(1)))
    ctx.same("合格率 table/text", parse_actual(R["保洁河段季度考核合格率"]["actual"])[0], N(m.group(3)))
    ctx.same("办结时间 table/text", parse_actual(R["交办问题办结时限"]["actual"])[0], N(ctx.one(r"交办问题平均办结时间(\d+)天").group(1)))
    m = ctx.one(r"排查河湖\"四乱\"问题(\d+)处，整改销号(\d+)处")
    ctx.rate("销号率", R['河湖"四乱"问题整改销号率']["actual"], N(m.group(2)), N(m.group(1)))
    m = ctx.one(r"(\d+)个县控断面中(\d+)个达到或优于Ⅲ类，优良比例([\d.]+)%")
    ctx.rate("优良比例", m.group(3), N(m.group(2)), N(m.group(1)))
    ctx.same("优良比例 table/text", parse_actual(R["县控断面水质优良比例"]["actual"])[0], N(m.group(3)))
    m = ctx.one(r"发放问卷(\d+)份，回收(\d+)份，满意及基本满意(\d+)份，满意度(\d+)%")
    ctx.rate("满意度", m.group(4), N(m.group(3)), N(m.group(2)))
    ctx.same("满意度 table/text", parse_actual(R["沿河群众满意度"]["actual"])[0], N(m.group(4)))


def indicator_checks_exec(ctx, r):
    """execution score of the MOF funds block: weight x min(rate, 100%) (warning-level rule)."""
    w, s = N(r["w"]), N(r["s"])
    rate = N(r["actual"].rstrip("%"))
    ctx.add("score_rule", abs(s.v - w.v * min(rate.v / HUNDRED, D(1))) <= s.tol, "execution score", "warning")


# ------------------------------------------------------------------------------------------------
# D3 嵊州 2021
# ------------------------------------------------------------------------------------------------
def check_d3(ctx):
    S = "md"
    own = ctx.row("| 嵊州市本级 |", S)
    add = ctx.row("| 绍兴市级追加 |", S)
    tot = ctx.row("| 合计 |", S, 6)
    for j, col in ((1, "年初"), (2, "全年"), (3, "到位"), (4, "支出")):
        ctx.total("sum_mismatch", f"资金来源 {col} 合计", N(tot[j]), [N(own[j]), N(add[j])])
    for r in (own, add, tot):
        ctx.rate(f"{r[0]} 执行率", r[5], N(r[4]), N(r[2]))
    uses = [ctx.row(f"| {k} |", S) for k in ("河道保洁服务费", "保洁船只运维及垃圾转运", "智慧河长系统运维", "河长制宣传及民间河长补助")]
    utot = ctx.row("| 合计 |", S, 2)
    ctx.total("sum_mismatch", "支出用途合计", N(utot[1]), [N(u[1]) for u in uses])
    ctx.same("支出用途合计 / 资金来源合计支出", N(utot[1]), N(tot[4]))
    init = N(ctx.one(r"年初市财政安排项目预算([\d.]+)万元").group(1))
    ctx.same("年初 text/table", init, N(own[1]))
    m = ctx.one(r"(\d{4})年8月，绍兴市财政追加市级美丽河湖建设补助中的保洁管护部分([\d.]+)万元，全年预算调整为([\d.]+)万元，全部到位。全年实际支出([\d.]+)万元，预算执行率([\d.]+)%，年末结余([\d.]+)万元")
    ctx.year_is("追加日期", m.group(1))
    addv, annual, spent, bal = N(m.group(2)), N(m.group(3)), N(m.group(4)), N(m.group(6))
    ctx.total("sum_mismatch", "年初 + 追加 = 全年", annual, [init, addv])
    ctx.same("追加 text/table", addv, N(add[2]))
    ctx.same("全年 text/table", annual, N(tot[2]))
    ctx.same("全部到位 => 到位 = 全年", N(tot[3]), annual, code="rate_mismatch")
    ctx.same("支出 text/table", spent, N(tot[4]))
    ctx.rate("text 执行率", m.group(5), spent, annual)
    ctx.rel("balance_mismatch", "结余 = 到位 - 支出", bal, lambda a, b: a - b, [N(tot[3]), spent])
    ctx.year_is("title", ctx.one(r"嵊州市(\d{4})年度河道保洁").group(1))
    m = ctx.one(r"分别为曹娥江嵊州段([\d.]+)公里、长乐江([\d.]+)公里、新昌江嵊州段([\d.]+)千米、黄泽江([\d.]+)公里、澄潭江([\d.]+)公里，合计(\d+)公里，平均每条(\d+)公里")
    lens = [N(x) for x in m.groups()[:5]]
    total_len = N(m.group(6))
    ctx.total("sum_mismatch", "5条河道长度合计", total_len, lens)
    ctx.rel("average_mismatch", "平均每条长度", N(m.group(7)), lambda *xs: sum(xs, D(0)) / len(xs), lens)
    m = ctx.one(r"中标单价([\d.]+)(万元|元)/公里·年（即每公里每年(\d+)(元|万元)），全年保洁服务费([\d.]+)万元")
    p1, p2, fee = N(m.group(1), m.group(2)), N(m.group(3), m.group(4)), N(m.group(5))
    ctx.same("单价 万元/元 两种写法", p1, p2, money=True)
    ctx.rel("sum_mismatch", "保洁服务费 = 长度 x 单价", fee, lambda l, p: l * p, [total_len, p1], money=True)
    ctx.same("保洁服务费 text/用途表", fee, N(uses[0][1]))
    # indicators with 小计 blocks
    rows, blocks, cur = [], [], []
    total_w = total_s = None
    for line in ctx.text.split("\n"):
        if not line.startswith("|"):
            continue
        c = split_cells(line, S)
        if len(c) != 8 or c[0] in ("一级指标", "---"):
            continue
        if c[0] == "小计":
            blocks.append((cur, N(c[6]), N(c[7])))
            cur = []
        elif c[0] == "合计":
            total_w, total_s = N(c[6]), N(c[7])
        else:
            r = dict(l1=c[0], name=c[2], target=c[3], actual=c[4], comp=c[5], w=c[6], s=c[7])
            rows.append(r)
            cur.append(r)
    indicator_checks(ctx, rows, total_w, total_s, blocks=blocks)
    R = {r["name"]: r for r in rows}
    ctx.same("执行率 indicator/funds", N(R["预算执行率"]["actual"].rstrip("%")), N(tot[5].rstrip("%")))
    ctx.same("长度 table/text", parse_actual(R["市级河道保洁长度"]["actual"])[0], total_len)
    ctx.same("单价 table/text", N(parse_actual(R["河道保洁单价"]["actual"])[0].raw, "万元"), p1, money=True)
    ctx.same("船只 table/text", parse_actual(R["保洁船只配备"]["actual"])[0], N(ctx.one(r"配备保洁船只(\d+)艘").group(1)))
    ctx.same("优良率 table/text", parse_actual(R["河道保洁考核优良率"]["actual"])[0], N(ctx.one(r"全年保洁考核优良率([\d.]+)%").group(1)))
    m = ctx.one(r"市级河长全年巡河(\d+)次，5条河道分别为(\d+)次、(\d+)次、(\d+)次、(\d+)次、(\d+)次，平均每条([\d.]+)次")
    pts = [N(x) for x in m.groups()[1:6]]
    ctx.total("sum_mismatch", "巡河次数合计", N(m.group(1)), pts)
    ctx.rel("average_mismatch", "平均每条巡河次数", N(m.group(7)), lambda *xs: sum(xs, D(0)) / len(xs), pts)
    ctx.same("巡河 table/text", parse_actual(R["市级河长巡河次数"]["actual"])[0], N(m.group(1)))
    ctx.same("处置及时率 table/text", parse_actual(R["巡查问题处置及时率"]["actual"])[0], N(ctx.one(r"巡查发现问题处置及时率(\d+)%").group(1)))
    ctx.same("美丽河湖 table/text", parse_actual(R['省级"美丽河湖"创建数']["actual"])[0], N(ctx.one(r"当年建成省级\"美丽河湖\"(\d+)条").group(1)))
    m = ctx.one(r"共发放问卷(\d+)份，回收(\d+)份，满意(\d+)份，满意度([\d.]+)%")
    ctx.rate("满意度", m.group(4), N(m.group(3)), N(m.group(2)))
    ctx.same("满意度 table/text", parse_actual(R["沿河群众满意度"]["actual"])[0], N(m.group(4)))
    m = ctx.one(r"对河面保洁效果满意的占([\d.]+)%，对巡河问题处置满意的占([\d.]+)%")
    ctx.pct_le_100("河面保洁效果满意率", m.group(1))
    ctx.pct_le_100("巡河问题处置满意率", m.group(2))
    m = ctx.one(r"自评得分([\d.]+)分，等级为(优|良|中|差)")
    ctx.same("自评得分 text/table", N(m.group(1)), total_s)
    ctx.grade("grade", N(m.group(1)), m.group(2))


# ------------------------------------------------------------------------------------------------
# D4 溆浦 2022 部门整体
# ------------------------------------------------------------------------------------------------
def check_d4(ctx):
    S = "｜"
    basic = ctx.row("基本支出｜", S, 5)
    staff = ctx.row("其中：人员经费｜", S, 5)
    public = ctx.row("公用经费｜", S, 5)
    proj = ctx.row("项目支出｜", S, 5)
    tot = ctx.row("合计｜", S, 5)
    for j, col in ((1, "年初"), (2, "全年"), (3, "支出")):
        ctx.total("sum_mismatch", f"基本支出 {col}", N(basic[j]), [N(staff[j]), N(public[j])])
        ctx.total("sum_mismatch", f"合计 {col}", N(tot[j]), [N(basic[j]), N(proj[j])])
    for r in (basic, staff, public, proj, tot):
        ctx.rate(f"{r[0]} 执行率", r[4], N(r[3]), N(r[2]))
    m = ctx.one(r"(\d{4})年年初部门预算([\d.]+)万元，其中基本支出([\d.]+)万元，项目支出([\d.]+)万元。项目支出包括河道保洁经费([\d.]+)万元、巡河及河长制工作经费([\d.]+)万元、河长制信息平台运维经费([\d.]+)万元。(\d{4})年12月，省财政下达河湖长制工作激励奖补资金([\d.]+)万元，全年预算调整为([\d.]+)万元。全年支出([\d.]+)万元，预算执行率([\d.]+)%。年末结转结余([\d.]+)万元")
    g = m.groups()
    ctx.year_is("年初预算 year", g[0])
    ctx.year_is("奖补下达 year", g[7])
    init, b0, p0, clean_fee, patrol_fee, it_fee = [N(x) for x in g[1:7]]
    award, annual, spent, bal = N(g[8]), N(g[9]), N(g[10]), N(g[12])
    ctx.total("sum_mismatch", "年初 = 基本 + 项目", init, [b0, p0])
    ctx.total("sum_mismatch", "项目支出构成", p0, [clean_fee, patrol_fee, it_fee])
    ctx.total("sum_mismatch", "全年 = 年初 + 奖补", annual, [init, award])
    ctx.total("sum_mismatch", "项目全年 = 项目年初 + 奖补", N(proj[2]), [p0, award])
    ctx.same("年初 text/table", init, N(tot[1]))
    ctx.same("基本 text/table", b0, N(basic[1]))
    ctx.same("项目 text/table", p0, N(proj[1]))
    ctx.same("全年 text/table", annual, N(tot[2]))
    ctx.same("支出 text/table", spent, N(tot[3]))
    ctx.rate("text 执行率", g[11], spent, annual)
    ctx.same("执行率 text/table", N(g[11]), N(tot[4].rstrip("%")))
    ctx.rel("balance_mismatch", "结转结余 = 全年 - 支出", bal, lambda a, b: a - b, [annual, spent])
    ctx.year_after("结转至", ctx.one(r"已按规定结转至(\d{4})年").group(1))
    ctx.year_is("title", ctx.one(r"\n(\d{4})年度部门整体支出绩效自评报告").group(1))
    m = ctx.one(r"基本支出全年支出([\d.]+)万元，其中人员经费([\d.]+)万元，公用经费([\d.]+)万元")
    bs, ss_, ps = [N(x) for x in m.groups()]
    ctx.total("sum_mismatch", "基本支出 = 人员 + 公用", bs, [ss_, ps])
    ctx.same("基本支出 text/table", bs, N(basic[3]))
    ctx.same("人员 text/table", ss_, N(staff[3]))
    ctx.same("公用 text/table", ps, N(public[3]))
    m = ctx.one(r"\"三公\"经费支出([\d.]+)万元，比2021年的([\d.]+)万元减少([\d.]+)万元，下降([\d.]+)%")
    now, last, dec, pct = [N(x) for x in m.groups()]
    ctx.rel("sum_mismatch", "三公 减少额", dec, lambda a, b: a - b, [last, now])
    ctx.rel("rate_mismatch", "三公 下降率", pct, lambda a, b: a / b * HUNDRED, [dec, last])
    ctx.same("项目支出 text/table", N(ctx.one(r"项目支出全年支出([\d.]+)万元").group(1)), N(proj[3]))
    m = ctx.one(r"分别为溆水([\d.]+)公里、沅水溆浦段([\d.]+)公里、四都河([\d.]+)公里、双龙江([\d.]+)千米、龙潭河([\d.]+)公里，共计(\d+)公里，平均每条(\d+)公里；保洁经费([\d.]+)万元，折合每公里每年(\d+)元")
    lens = [N(x) for x in m.groups()[:5]]
    total_len = N(m.group(6))
    ctx.total("sum_mismatch", "5条河道长度", total_len, lens)
    ctx.rel("average_mismatch", "平均每条长度", N(m.group(7)), lambda *xs: sum(xs, D(0)) / len(xs), lens)
    ctx.same("保洁经费 两处", N(m.group(8)), clean_fee)
    per_km = N(m.group(9), "元")
    ctx.rel("average_mismatch", "每公里保洁经费", per_km, lambda c, l: c / l, [N(m.group(8)), total_len], money=True)
    # indicators
    rows = []
    for pre in ("预算执行｜", "产出指标｜", "效益指标｜", "满意度指标｜"):
        for c in ctx.lines_starting(pre, S, 8):
            rows.append(dict(l1=c[0], name=c[2], target=c[3], actual=c[4], w=c[5], s=c[6]))
    total = ctx.row("合计｜", S, 8)
    total_w, total_s = N(total[5]), N(total[6])
    indicator_checks(ctx, rows, total_w, total_s)
    R = {r["name"]: r for r in rows}
    ctx.same("执行率 indicator/funds", N(R["部门预算执行率"]["actual"].rstrip("%")), N(tot[4].rstrip("%")))
    m = ctx.one(r"截至(\d{4})年12月31日，县级河长累计巡河(\d+)次，年度目标为(\d+)次（(\d+)名县级河长每人每年不少于(\d+)次）")
    ctx.year_is("截至", m.group(1))
    ctx.rel("sum_mismatch", "巡河目标 = 人数 x 次数", N(m.group(3)), lambda a, b: a * b, [N(m.group(4)), N(m.group(5))])
    ctx.same("巡河 table/text", parse_actual(R["县级河长巡河次数"]["actual"])[0], N(m.group(2)))
    ctx.same("巡河目标 table/text", parse_target(R["县级河长巡河次数"]["target"])[1], N(m.group(3)))
    length_actual = parse_actual(R["县级河道保洁长度"]["actual"])
    if length_actual and length_actual[1] == "公里":  # a unit slip there is reported by the unit check only
        ctx.same("保洁长度 table/text", length_actual[0], total_len)
    ctx.same("单价 table/text", N(parse_target(R["河道保洁单价"]["target"])[1].raw, "元"), N("4500", "元"))
    ctx.same("单价实际 table/text", N(parse_actual(R["河道保洁单价"]["actual"])[0].raw, "元"), per_km, money=True)
    m = ctx.one(r"交办问题(\d+)个，整改(\d+)个，整改率([\d.]+)%")
    ctx.rate("整改率", m.group(3), N(m.group(2)), N(m.group(1)))
    ctx.same("整改率 table/text", parse_actual(R["暗访督查问题整改率"]["actual"])[0], N(m.group(3)))
    m = ctx.one(r"排查\"清四乱\"问题(\d+)处，销号(\d+)处，销号率([\d.]+)%")
    ctx.rate("销号率", m.group(3), N(m.group(2)), N(m.group(1)))
    ctx.same("销号率 table/text", parse_actual(R['"清四乱"问题销号率']["actual"])[0], N(m.group(3)))
    m = ctx.one(r"(\d+)个国省控断面中(\d+)个水质达标，达标率([\d.]+)%")
    ctx.rate("达标率", m.group(3), N(m.group(2)), N(m.group(1)))
    ctx.same("达标率 table/text", parse_actual(R["国省控断面水质达标率"]["actual"])[0], N(m.group(3)))
    ctx.same("满意度 table/text", parse_actual(R["群众满意度"]["actual"])[0], N(ctx.one(r"显示群众满意度([\d.]+)%").group(1)))
    m = ctx.one(r"自评得分([\d.]+)分，评价等级为(优|良|中|差)")
    ctx.same("自评得分 text/table", N(m.group(1)), total_s)
    ctx.grade("grade", N(m.group(1)), m.group(2))


# ------------------------------------------------------------------------------------------------
# D5 沂南 2024
# ------------------------------------------------------------------------------------------------
def check_d5(ctx):
    S = " | "
    cty = ctx.row("县级财政资金 |", S)
    city = ctx.row("市级追加资金 |", S)
    tot = ctx.row("合计 |", S, 4)
    for j, col in ((1, "全年预算"), (2, "到位"), (3, "支出")):
        ctx.total("sum_mismatch", f"资金来源 {col} 合计", N(tot[j]), [N(cty[j]), N(city[j])])
    m = ctx.one(r"年初县级财政安排预算([\d.]+)万元。8月，临沂市财政追加市级河湖管护补助([\d.]+)万元，全年预算([\d.]+)万元。截至年底实际到位([\d.]+)万元，资金到位率([\d.]+)%，市级追加资金尚有([\d.]+)万元未拨付")
    init, addv, annual, recv = [N(x) for x in m.groups()[:4]]
    ctx.total("sum_mismatch", "全年 = 年初 + 追加", annual, [init, addv])
    ctx.same("县级 text/table", init, N(cty[1]))
    ctx.same("追加 text/table", addv, N(city[1]))
    ctx.same("全年 text/table", annual, N(tot[1]))
    ctx.same("到位 text/table", recv, N(tot[2]))
    ctx.rate("到位率", m.group(5), recv, annual)
    ctx.rel("balance_mismatch", "未拨付 = 市级全年 - 市级到位", N(m.group(6)), lambda a, b: a - b, [N(city[1]), N(city[2])])
    m = ctx.one(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%，按到位资金计算的使用率为([\d.]+)%")
    spent = N(m.group(1))
    ctx.same("支出 text/table", spent, N(tot[3]))
    ctx.rate("执行率", m.group(2), spent, annual)
    ctx.rate("使用率(到位口径)", m.group(3), spent, recv)
    exec_rate = N(m.group(2))
    m = ctx.one(r"河道保洁服务费([\d.]+)万元；委托第三方开展暗访督查([\d.]+)万元；更新河长公示牌(\d+)块，每块(\d+)(元|万元)，计([\d.]+)万元；河湖保护宣传及\"河小青\"志愿服务活动([\d.]+)万元。到位资金结余([\d.]+)万元，结转至(\d{4})年")
    fee, insp, nsign = N(m.group(1)), N(m.group(2)), N(m.group(3))
    sign_price, signs, pub, bal = N(m.group(4), m.group(5)), N(m.group(6)), N(m.group(7)), N(m.group(8))
    ctx.rel("sum_mismatch", "公示牌 块数 x 单价", signs, lambda n, p: n * p, [nsign, sign_price], money=True)
    ctx.total("sum_mismatch", "支出构成 = 全年支出", spent, [fee, insp, signs, pub])
    ctx.rel("balance_mismatch", "结余 = 到位 - 支出", bal, lambda a, b: a - b, [recv, spent])
    ctx.year_after("结转至", m.group(9))
    ctx.year_is("title", ctx.one(r"沂南县水利局(\d{4})年度河道保洁").group(1))
    ctx.year_is("自评 year", ctx.one(r"本项目(\d{4})年度自评得分").group(1))
    m = ctx.one(r"分别为([\d.]+)千米、([\d.]+)千米、([\d.]+)千米、([\d.]+)千米、([\d.]+)千米、([\d.]+)千米，总长(\d+)千米，平均每条河道(\d+)千米")
    lens = [N(x) for x in m.groups()[:6]]
    total_len = N(m.group(7))
    ctx.total("sum_mismatch", "6条河道长度", total_len, lens)
    ctx.rel("average_mismatch", "平均每条长度", N(m.group(8)), lambda *xs: sum(xs, D(0)) / len(xs), lens)
    m = ctx.one(r"中标单价(\d+)(元|万元)/公里·年")
    price = N(m.group(1), m.group(2))
    ctx.rel("sum_mismatch", "保洁服务费 = 长度 x 单价", fee, lambda l, p: l * p, [total_len, price], money=True)
    m = ctx.one(r"全年县级河长巡河(\d+)次，乡级河长巡河(\d+)次，村级河长巡河(\d+)次，合计(\d+)次，比2023年的(\d+)次增加(\d+)次")
    pts = [N(x) for x in m.groups()[:3]]
    ptotal = N(m.group(4))
    ctx.total("sum_mismatch", "三级河长巡河合计", ptotal, pts)
    ctx.rel("sum_mismatch", "比上年增加", N(m.group(6)), lambda a, b: a - b, [ptotal, N(m.group(5))])
    # indicators
    rows = []
    for pre in ("预算执行 |", "产出指标 |", "效益指标 |", "满意度指标 |"):
        for c in ctx.lines_starting(pre, S, 8):
            rows.append(dict(l1=c[0], name=c[2], target=c[3], actual=c[4], comp=c[5], w=c[6], s=c[7]))
    total = ctx.row("合计 |", S, 8)
    total_w, total_s = N(total[6]), N(total[7])
    indicator_checks(ctx, rows, total_w, total_s)
    R = {r["name"]: r for r in rows}
    ctx.same("执行率 indicator/text", N(R["预算执行率"]["actual"].rstrip("%")), exec_rate)
    ctx.same("长度 table/text", parse_actual(R["河道保洁长度"]["actual"])[0], total_len)
    ctx.same("单价 table/text", N(parse_actual(R["河道保洁单价"]["actual"])[0].raw, "元"), price, money=True)
    m = ctx.one(r"三级河长巡河(\d+)次，未达到(\d+)次的目标")
    ctx.same("巡河 text 两处", N(m.group(1)), ptotal)
    ctx.same("巡河 table/text", parse_actual(R["三级河长巡河次数"]["actual"])[0], ptotal)
    ctx.same("巡河目标 table/text", parse_target(R["三级河长巡河次数"]["target"])[1], N(m.group(2)))
    ctx.same("公示牌 table/text", parse_actual(R["河长公示牌更新数量"]["actual"])[0], N(ctx.one(r"更新公示牌(\d+)块").group(1)))
    ctx.same("公示牌 table/支出", parse_actual(R["河长公示牌更新数量"]["actual"])[0], nsign)
    ctx.same("合格率 table/text", parse_actual(R["保洁河段月度考核合格率"]["actual"])[0], N(ctx.one(r"保洁河段合格率(\d+)%").group(1)))
    ctx.same("处置时间 table/text", parse_actual(R["举报问题处置时限"]["actual"])[0], N(ctx.one(r"平均处置时间为(\d+)天").group(1)))
    m = ctx.one(r"(\d+)个省控断面中(\d+)个水质达标，达标率([\d.]+)%")
    ctx.rate("达标率", m.group(3), N(m.group(2)), N(m.group(1)))
    ctx.same("达标率 table/text", parse_actual(R["省控断面水质达标率"]["actual"])[0], N(m.group(3)))
    m = ctx.one(r"共排查河湖\"四乱\"问题(\d+)处，已整改销号(\d+)处，整改率([\d.]+)%")
    ctx.rate("整改率", m.group(3), N(m.group(2)), N(m.group(1)))
    ctx.same("整改率 table/text", parse_actual(R['河湖"四乱"问题整改率']["actual"])[0], N(m.group(3)))
    benefit = [N(r["s"]) for r in rows if r["l1"] == "效益指标"]
    ctx.total("score_sum_mismatch", "效益指标得分 text = Σ 效益 rows", N(ctx.one(r"效益指标得分([\d.]+)分").group(1)), benefit)
    m = ctx.one(r"发放问卷(\d+)份，收回(\d+)份，满意(\d+)份，满意度([\d.]+)%")
    ctx.rate("满意度", m.group(4), N(m.group(3)), N(m.group(2)))
    ctx.same("满意度 table/text", parse_actual(R["沿河群众满意度"]["actual"])[0], N(m.group(4)))
    m = ctx.one(r"自评得分(\d+(?:\.\d+)?)分，评价等级为(优|良|中|差)")
    ctx.same("自评得分 text/table", N(m.group(1)), total_s)
    ctx.grade("grade", N(m.group(1)), m.group(2))


DRAFTS = {
    "sx-lingshi-xunhebaojie-2018": (2018, check_d1),
    "jx-wannian-hedaobaojie-2019": (2019, check_d2),
    "zj-shengzhou-hedaobaojie-2021": (2021, check_d3),
    "hn-xupu-hezhangzhongxin-bumen-2022": (2022, check_d4),
    "sd-yinan-hedaobaojie-2024": (2024, check_d5),
}


def run_checks(source, text):
    year, fn = DRAFTS[source]
    ctx = Ctx(text, year)
    fn(ctx)
    return ctx


def diff_region(a, b):
    """common prefix / suffix: the changed span [p, len(b)-s) of b."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ list different files")
    counts = {c: 0 for c in CODES}
    prose_table = {"n": 0}
    cleans = {}
    for lab in labels:
        if lab["clean"]:
            cleans[lab["source"]] = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
    if set(cleans) != set(DRAFTS):
        problems.append(f"clean drafts {sorted(cleans)} != {sorted(DRAFTS)}")
    n_checks = 0
    for lab in labels:
        name, src = lab["case"], lab["source"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        try:
            ctx = run_checks(src, text)
        except ParseError as e:
            problems.append(f"{name}: parse error: {e}")
            continue
        n_checks += len(ctx.res)
        failing = ctx.failing()
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{name}: clean case with labels")
            bad = [(c, d) for (c, ok, d, s) in ctx.res if not ok]
            if bad:
                problems.append(f"{name}: clean draft fails {bad}")
            if not 2800 <= len(text) <= 3400:
                problems.append(f"{name}: length {len(text)} outside 2800-3400")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        e = lab["expected"][0]
        code, value = e["code"], e["value"]
        if code not in counts:
            problems.append(f"{name}: unknown code {code}")
            continue
        counts[code] += 1
        if e.get("severity") != "error":
            problems.append(f"{name}: severity must be error")
        if value not in text:
            problems.append(f"{name}: value {value!r} not in case")
        clean = cleans[src]
        p, ea, eb = diff_region(clean, text)
        if p >= eb and p >= ea:
            problems.append(f"{name}: identical to its clean draft")
        # one contiguous region by construction of prefix/suffix; it must overlap an occurrence of value
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not any(o < max(eb, p + 1) and p < o + len(value) for o in occ):
            problems.append(f"{name}: changed span [{p},{eb}) does not overlap the label value")
        if failing != [code]:
            detail = [(c, d) for (c, ok, d, s) in ctx.res if not ok and s == "error"]
            problems.append(f"{name}: expected only {code} to fail, failing {failing}: {detail}")
    for c, n in counts.items():
        if n < 2:
            problems.append(f"code {c} used {n} times (< 2)")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(labels)} cases, {n_checks} checks run; codes: " + ", ".join(f"{c}={n}" for c, n in counts.items()))
    if problems:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
