#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. every label value occurs in its case; each error case differs from its clean draft in one
   contiguous place that overlaps an occurrence of the value;
2. each of the 13 error codes of errors.md section A is used at least twice;
3. the arithmetic of every draft is redone with decimal.Decimal (rules.md section 7, tolerance of
   section 8): a clean draft must pass every check; an error case must fail the labelled code and
   no other error-level code.
Prints OK at the end when everything holds, otherwise lists the problems and exits 1.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, getcontext

getcontext().prec = 34
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

N = r"(-?\d+(?:\.\d+)?)"
SCALES = (D("10000"), D("0.0001"))


class ParseError(Exception):
    pass


def places(s):
    s = str(s)
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -places(s)) + D("1e-9")


def close(stated, computed):
    return abs(D(str(stated)) - D(computed)) <= tol(stated)


def grade_of(x):
    x = D(x)
    if x >= 90:
        return "优"
    if x >= 80:
        return "良"
    if x >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
               "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}
SIGNS = {"≥": "gte", "＞": "gte", ">": "gte", "≤": "lte", "＜": "lte", "<": "lte", "=": "eq", "＝": "eq"}


def parse_val(s):
    """'≥1500吨' -> ('gte', '1500', '吨'); qualitative text -> None."""
    m = re.fullmatch(r"([≥≤=＞＜><＝]?)\s*(-?\d+(?:\.\d+)?)\s*(.*)", s.strip())
    if not m:
        return None
    return (SIGNS.get(m.group(1), "eq"), m.group(2), m.group(3).strip())


def completion(direction, target, actual):
    t, a = D(target), D(actual)
    if direction == "lte":
        return D(100) if a <= t else t / a * 100
    if t == 0:
        return D(100) if a <= 0 else D(0)
    return a / t * 100


def md_tables(text):
    tables, cur = [], None
    for line in text.split("\n"):
        s = line.strip()
        if s.startswith("|") and s.endswith("|") and len(s) > 1:
            cells = [c.strip() for c in s[1:-1].split("|")]
            if cur is None:
                cur = {"header": cells, "rows": []}
                tables.append(cur)
            elif all(re.fullmatch(r":?-+:?", c) for c in cells):
                continue
            else:
                cur["rows"].append(dict(zip(cur["header"], cells)))
        else:
            cur = None
    return tables


class Ctx:
    def __init__(self, text, name):
        self.t = text
        self.name = name
        self.fails = []      # (code, message): error-level findings
        self.warns = []      # score-rule notes, not error-level

    # -- reading --
    def one(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ParseError(f"{self.name}: pattern {pat!r} matched {len(ms)} times")
        g = ms[0].groups()
        return g if len(g) > 1 else g[0]

    def fail(self, code, msg):
        self.fails.append((code, msg))

    # -- identities --
    def same(self, a, b, what):
        """Two statements of the same quantity (I11)."""
        da, db = D(a), D(b)
        if abs(da - db) <= max(tol(a), tol(b)):
            return
        for f in SCALES:
            if da != 0 and abs(da * f - db) <= max(tol(a), tol(b)):
                self.fail("unit_mismatch", f"{what}: {a} vs {b} (off by 10^4)")
                return
        self.fail("conflicting_values", f"{what}: {a} vs {b}")

    def total(self, parts, stated, what, code="sum_mismatch"):
        """sum(parts) == stated (I4), with unit rescale detection (errors.md #11b)."""
        vals = [D(p) for p in parts]
        comp = sum(vals)
        if close(stated, comp):
            return
        for i, v in enumerate(vals):
            for f in SCALES:
                if close(stated, comp - v + v * f):
                    self.fail("unit_mismatch", f"{what}: term {parts[i]} off by 10^4")
                    return
        for f in SCALES:
            if abs(D(stated) * f - comp) <= D("0.006"):
                self.fail("unit_mismatch", f"{what}: total {stated} off by 10^4")
                return
        self.fail(code, f"{what}: {' + '.join(map(str, parts))} = {comp}, stated {stated}")

    def diff(self, a, b, stated, what, code="balance_mismatch"):
        """a - b == stated (I3)."""
        da, db = D(a), D(b)
        if close(stated, da - db):
            return
        for f in SCALES:
            if close(stated, da * f - db) or close(stated, da - db * f) or \
                    abs(D(stated) * f - (da - db)) <= D("0.006"):
                self.fail("unit_mismatch", f"{what}: {a} - {b} vs {stated}, off by 10^4")
                return
        self.fail(code, f"{what}: {a} - {b} = {da - db}, stated {stated}")

    def rate(self, num, den, stated, what):
        """stated % == num / den * 100 (I1, I2, I5)."""
        n, d = D(num), D(den)
        if d == 0:
            if D(stated) != 0:
                self.fail("implausible_rate", f"{what}: rate {stated}% on a zero base")
            return
        comp = n / d * 100
        if close(stated, comp):
            if D(stated) > 100 or D(stated) < 0:
                self.fail("implausible_rate", f"{what}: {stated}% outside [0, 100]")
            return
        for f in SCALES:
            if close(stated, n * f / d * 100) or close(stated, n / (d * f) * 100):
                self.fail("unit_mismatch", f"{what}: {num}/{den} vs {stated}%, off by 10^4")
                return
        self.fail("rate_mismatch", f"{what}: {num}/{den} = {comp:.4f}%, stated {stated}%")

    def plausible(self, stated, what):
        if D(stated) > 100 or D(stated) < 0:
            self.fail("implausible_rate", f"{what}: {stated}% outside [0, 100]")

    def product(self, qty, price_yuan, amount_wan, what):
        """qty x unit price in 元 == amount in 万元."""
        comp = D(qty) * D(price_yuan) / 10000
        if close(amount_wan, comp):
            return
        for f in SCALES:
            if abs(D(amount_wan) * f - comp) <= D("0.006") or close(amount_wan, comp * f):
                self.fail("unit_mismatch", f"{what}: {qty} x {price_yuan}元 vs {amount_wan}万元, off by 10^4")
                return
        self.fail("sum_mismatch", f"{what}: {qty} x {price_yuan}元 = {comp}万元, stated {amount_wan}")

    def average(self, items, stated, what):
        comp = sum(D(i) for i in items) / len(items)
        if not close(stated, comp):
            self.fail("average_mismatch", f"{what}: mean {comp:.4f}, stated {stated}")

    def completion_stated(self, direction, target, actual, stated, what):
        comp = completion(direction, target, actual)
        if not close(stated, comp):
            self.fail("completion_mismatch", f"{what}: {comp:.4f}%, stated {stated}%")

    def grade(self, total, word, what):
        g = GRADE_WORDS.get(word)
        if g is None:
            raise ParseError(f"{self.name}: unknown grade word {word!r}")
        if g != grade_of(total):
            self.fail("grade_mismatch", f"{what}: {total} -> {grade_of(total)}, stated {word}")

    def year_is(self, y, expected, what):
        if int(y) != expected:
            self.fail("year_mismatch", f"{what}: {y}, expected {expected}")

    def year_after(self, y, base, what):
        if int(y) <= base:
            self.fail("year_mismatch", f"{what}: {y} is not after {base}")

    # -- indicator table --
    def table(self, rows, w, s, tgt, act, comp=None, extra_w=(), extra_s=(), total=None,
              total_w=None, what="table"):
        W = sum((D(x) for x in extra_w), D(0))
        S = sum((D(x) for x in extra_s), D(0))
        for r in rows:
            name = r.get("三级指标", "?")
            wv, sv = D(r[w]), D(r[s])
            if sv > wv or sv < 0:
                self.fail("score_exceeds_weight", f"{what} {name}: score {r[s]} vs weight {r[w]}")
            W += wv
            S += sv
            t, a = parse_val(r[tgt]), parse_val(r[act])
            if t is None:
                continue                       # qualitative row
            if a is None:
                self.fail("unit_mismatch", f"{what} {name}: numeric target {r[tgt]}, actual {r[act]}")
                continue
            if t[2] and a[2] != t[2]:
                self.fail("unit_mismatch", f"{what} {name}: target unit {t[2]!r}, actual {r[act]!r}")
                continue
            if a[2] == "%":
                change_rate = t[0] == "lte" and D(t[1]) <= 0
                if D(a[1]) > 100 or (D(a[1]) < 0 and not change_rate):
                    self.fail("implausible_rate", f"{what} {name}: actual {r[act]}")
            c = completion(t[0], t[1], a[1])
            expected = min(c, D(100)) / 100 * wv
            if not close(r[s], expected) and not (t[0] == "lte" and D(a[1]) > D(t[1])):
                self.warns.append(f"score_rule {name}: {r[s]} vs {expected:.2f}")
            if comp:
                st = r[comp].rstrip("%")
                if not close(st, c):
                    self.fail("completion_mismatch", f"{what} {name}: completion {c:.4f}%, stated {r[comp]}")
        if total_w is not None and D(total_w) != W:
            self.fail("weight_sum_mismatch", f"{what}: weights sum {W}, total row says {total_w}")
        if W != 100:
            self.fail("weight_sum_mismatch", f"{what}: weights sum {W}")
        if total is not None and not close(total, S):
            self.fail("score_sum_mismatch", f"{what}: scores sum {S}, stated {total}")
        return W, S


def rows_by_name(rows, key="三级指标"):
    out = {}
    for r in rows:
        out[r[key]] = r
    return out


def val(cell):
    v = parse_val(cell)
    if v is None:
        raise ParseError(f"not a number: {cell!r}")
    return v[1]


# ---------------------------------------------------------------- 湘潭 2024
def check_xiangtan(c):
    c.year_is(c.one(r"^[^\n]*\n(\d{4})年度市级食盐应急储备"), 2024, "title year")
    tot = c.one(rf"年度资金总额\s+{N}\s+{N}\s+{N}\s+{N}\s+{N}%\s+{N}")
    cur = c.one(rf"当年财政拨款\s+{N}\s+{N}\s+{N}\s+—\s+{N}%\s+—")
    co = c.one(rf"上年结转资金\s+{N}\s+{N}\s+{N}\s+—\s+{N}%\s+—")
    oth = c.one(rf"其他资金\s+{N}\s+{N}\s+{N}\s+—\s+—\s+—")
    for i, lab in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        c.total([cur[i], co[i], oth[i]], tot[i], f"funds {lab}")
    c.rate(tot[2], tot[1], tot[4], "funds 年度资金总额 执行率")
    c.rate(cur[2], cur[1], cur[3], "funds 当年财政拨款 执行率")
    c.rate(co[2], co[1], co[3], "funds 上年结转 执行率")
    if D(oth[1]) != 0:
        raise ParseError("其他资金 expected zero")
    # prose funds
    annual = c.one(rf"项目全年预算{N}万元")
    c.same(annual, tot[1], "全年预算 text/table")
    y1, p_cur = c.one(rf"(\d{{4}})年市本级财政拨款{N}万元")
    c.year_is(y1, 2024, "appropriation year")
    c.same(p_cur, cur[0], "当年财政拨款 text/table")
    y0, p_co = c.one(rf"(\d{{4}})年未完成轮换任务结转的补贴资金{N}万元")
    c.year_is(y0, 2023, "carry-over origin year")
    c.same(p_co, co[1], "上年结转 text/table")
    c.total([p_cur, p_co], annual, "全年预算 = 拨款 + 结转")
    st_price, st_amt = c.one(rf"储备保管费补贴按每吨每年(\d+)元计{N}万元")
    rt_qty, rt_price, rt_amt = c.one(rf"轮换费用补贴按计划轮换(\d+)吨、每吨(\d+)元计{N}万元")
    cap, lpr, calc, budg = c.one(rf"占用资金{N}万元、一年期贷款市场报价利率{N}%测算为{N}万元，预算按{N}万元安排")
    in_qty, in_price, in_amt = c.one(rf"质量抽检按(\d+)批次、每批次(\d+)元安排{N}万元")
    misc = c.one(rf"库存监管及应急投放演练{N}万元")
    c.total([st_amt, rt_amt, budg, in_amt, misc], annual, "items = 全年预算")
    scale = c.one(r"规模为(\d+)吨")
    c.product(scale, st_price, st_amt, "保管费")
    c.product(rt_qty, rt_price, rt_amt, "轮换补贴")
    c.product(in_qty, in_price, in_amt, "抽检费")
    if not close(calc, D(cap) * D(lpr) / 100):
        c.fail("sum_mismatch", "interest 135 x 3.45%")
    c.same(budg, calc, "interest budget vs calculation")
    c.total(list(c.one(r"岳塘区承储库(\d+)吨、湘潭县承储库(\d+)吨")), scale, "depots")
    # execution
    c.rate(annual, annual, c.one(r"到位率(\d+)%"), "到位率 (all received)")
    sp = c.one(rf"全年支出{N}万元")
    c.same(sp, tot[2], "全年执行 text/table")
    spc = c.one(rf"当年财政拨款支出{N}万元")
    c.same(spc, cur[2], "拨款执行 text/table")
    spco = c.one(rf"上年结转的{N}万元已全部")
    c.same(spco, co[2], "结转执行 text/table")
    c.total([spc, spco], sp, "执行 = 拨款 + 结转")
    c.diff(tot[1], tot[2], c.one(rf"年末未支出{N}万元"), "unspent")
    c.year_after(c.one(r"结转至(\d{4})年"), 2024, "carry-over year")
    c.year_is(c.one(r"(\d{4})年共组织轮换"), 2024, "rotation year")
    # table
    tables = [tb for tb in md_tables(c.t) if "分值" in tb["header"]]
    rows = [r for r in tables[0]["rows"] if r["一级指标"] != "总分"]
    total_row = [r for r in tables[0]["rows"] if r["一级指标"] == "总分"][0]
    c.table(rows, "分值", "得分", "年度指标值", "实际完成值", extra_w=[tot[3]], extra_s=[tot[5]],
            total=total_row["得分"], total_w=total_row["分值"])
    if not close(tot[5], min(D(tot[4]), D(100)) / 100 * D(tot[3])):
        c.warns.append("execution score vs rate")
    R = rows_by_name(rows)
    c.same(scale, val(R["市级食盐储备规模"]["年度指标值"]), "储备规模 target")
    c.same(c.one(r"在库储备盐(\d+)吨"), val(R["市级食盐储备规模"]["实际完成值"]), "储备规模 actual")
    c.same(rt_qty, val(R["储备盐年度轮换量"]["年度指标值"]), "轮换 target")
    c.same(c.one(r"共组织轮换储备盐(\d+)吨"), val(R["储备盐年度轮换量"]["实际完成值"]), "轮换 actual")
    n_in, pct = c.one(rf"全年抽检储备盐(\d+)批次，完成率{N}%")
    c.same(in_qty, val(R["储备盐质量抽检批次"]["年度指标值"]), "抽检 target")
    c.same(n_in, val(R["储备盐质量抽检批次"]["实际完成值"]), "抽检 actual")
    c.completion_stated("gte", in_qty, n_in, pct, "抽检完成率 (text)")
    c.same(c.one(r"执行每吨每年(\d+)元的标准"), val(R["储备保管费补贴标准"]["实际完成值"]), "保管费标准")
    c.same(st_price, val(R["储备保管费补贴标准"]["年度指标值"]), "保管费标准 target")
    c.same(c.one(rf"满意度为{N}%"), val(R["承储企业满意度"]["实际完成值"]), "满意度")
    ts, word = c.one(rf"自评得分{N}分，评价等级为\"(.+?)\"")
    c.same(ts, total_row["得分"], "total text/table")
    c.grade(ts, word, "grade")
    if int(c.one(r"\n(\d{4})年\d+月\d+日\s*$")) < 2024:
        c.fail("year_mismatch", "report dated before the budget year")


# ---------------------------------------------------------------- 自贡 2019
def check_zigong(c):
    c.year_is(c.one(r"\n(\d{4})年度盐业市场监管"), 2019, "title year")
    fr = {}
    for lab in ["合计", "财政资金", "财政专户管理资金", "单位资金", "其他资金"]:
        fr[lab] = c.one(rf"(?m)^\s*{lab}\s+{N}\s+{N}\s+{N}\s+({N}%|—)")
    parts = ["财政资金", "财政专户管理资金", "单位资金", "其他资金"]
    for i, lab in enumerate(["年初预算数", "调整后预算数", "执行数"]):
        c.total([fr[p][i] for p in parts], fr["合计"][i], f"funds {lab}")
    for lab, r in fr.items():
        if r[3] == "—":
            if D(r[1]) != 0:
                c.fail("rate_mismatch", f"{lab}: rate missing on a non-zero base")
        else:
            c.rate(r[2], r[1], r[4], f"funds {lab} 执行率")
    y, init = c.one(rf"(\d{{4}})年初，市财政批复本项目预算{N}万元")
    c.year_is(y, 2019, "approval year")
    c.same(init, fr["合计"][0], "年初预算 text/table")
    cut = c.one(rf"调减{N}万元")
    adj = c.one(rf"调整后预算为{N}万元")
    c.diff(init, cut, adj, "调整后 = 年初 - 调减", code="sum_mismatch")
    c.same(adj, fr["合计"][1], "调整后预算 text/table")
    st = c.one(rf"储备保管费补贴按(\d+)吨、每吨每年(\d+)元计{N}万元")
    rt = c.one(rf"轮换费用补贴按(\d+)吨、每吨(\d+)元计{N}万元")
    sp = c.one(rf"食盐质量抽检按(\d+)批次、每批次(\d+)元计{N}万元")
    lw = c.one(rf"执法检查经费{N}万元；")
    xc = c.one(rf"科学补碘宣传经费{N}万元")
    c.total([st[2], rt[2], sp[2], lw, xc], adj, "items = 调整后预算")
    c.product(st[0], st[1], st[2], "保管费")
    c.product(rt[0], rt[1], rt[2], "轮换补贴")
    c.product(sp[0], sp[1], sp[2], "抽检费")
    spent, rate = c.one(rf"全年实际支出{N}万元，预算执行率{N}%")
    c.same(spent, fr["合计"][2], "执行数 text/table")
    c.rate(spent, adj, rate, "预算执行率 (text)")
    lws, lwr = c.one(rf"执法检查经费实际支出{N}万元，执行率{N}%")
    c.rate(lws, lw, lwr, "执法经费执行率")
    bal, yb = c.one(rf"项目结余{N}万元，已于(\d{{4}})年1月")
    c.diff(adj, spent, bal, "结余")
    if int(yb) < 2019:
        c.fail("year_mismatch", "balance recovered before the budget year")
    tables = [tb for tb in md_tables(c.t) if "分值" in tb["header"]]
    trows = tables[0]["rows"]
    total_row = [r for r in trows if r["一级指标"] == "合计"][0]
    rows = []
    for r in trows:
        if r["一级指标"] == "合计":
            continue
        r = dict(r)
        if r["指标性质"] == "定性":
            r["tgt"], r["act"] = r["指标值"], r["实际完成值"]
        else:
            unit = "" if r["度量单位"] == "—" else r["度量单位"]
            r["tgt"] = r["指标性质"] + r["指标值"] + unit
            r["act"] = r["实际完成值"] + unit
        rows.append(r)
    c.table(rows, "分值", "得分", "tgt", "act", total=total_row["得分"], total_w=total_row["分值"])
    R = rows_by_name(rows)
    c.rate(fr["合计"][2], fr["合计"][1], R["调整后预算执行率"]["实际完成值"], "table execution row")
    g = c.one(r"保持市级食盐储备(\d+)吨，全年轮换不少于(\d+)吨")
    c.same(g[0], R["市级储备食盐规模"]["指标值"], "储备 goal/table")
    c.same(g[1], R["储备盐轮换数量"]["指标值"], "轮换 goal/table")
    g = c.one(r"全年抽检食盐不少于(\d+)批次，检查食盐经营户不少于(\d+)户次")
    c.same(g[0], R["食盐质量抽检批次"]["指标值"], "抽检 goal/table")
    c.same(g[1], R["食盐经营户执法检查"]["指标值"], "检查 goal/table")
    c.same(st[0], R["市级储备食盐规模"]["指标值"], "储备 budget/table")
    c.same(rt[0], R["储备盐轮换数量"]["指标值"], "轮换 budget/table")
    c.same(sp[0], R["食盐质量抽检批次"]["指标值"], "抽检 budget/table")
    c.same(c.one(r"年末市级储备食盐(\d+)吨全部在库"), R["市级储备食盐规模"]["实际完成值"], "储备 actual")
    c.same(c.one(r"全年轮换(\d+)吨，超过"), R["储备盐轮换数量"]["实际完成值"], "轮换 actual")
    n, lst, avg = c.one(rf"全年抽检食盐(\d+)批次，其中(.+?)，平均每个区县{N}批次")
    counts = re.findall(r"(\d+)批次", lst)
    c.total(counts, n, "district batches")
    c.average(counts, avg, "district average")
    c.same(n, R["食盐质量抽检批次"]["实际完成值"], "抽检 actual")
    hh, pct = c.one(rf"检查食盐经营户(\d+)户次，完成年度目标的{N}%")
    c.same(hh, R["食盐经营户执法检查"]["实际完成值"], "检查 actual")
    c.completion_stated("gte", R["食盐经营户执法检查"]["指标值"], hh, pct, "检查完成率 (text)")
    c.same(c.one(r"处置率(\d+)%"), R["抽检不合格食盐处置率"]["实际完成值"], "处置率")
    es, ps, ts, word = c.one(rf"预算执行得分{N}分，绩效指标得分{N}分，自评得分{N}分，评价等级为\"(.+?)\"")
    c.same(es, R["调整后预算执行率"]["得分"], "execution score text/table")
    c.total([es, ps], ts, "text: execution + indicators = total", code="score_sum_mismatch")
    c.same(ts, total_row["得分"], "total text/table")
    c.grade(ts, word, "grade")


# ---------------------------------------------------------------- 运城 2022
def check_yuncheng(c):
    c.year_is(c.one(r"运城市市场监督管理局(\d{4})年度"), 2022, "title year")
    labels = [("年初预算资金", r"\(1\)"), ("全年预算资金", r"\(2\)"), ("实际到位资金", r"\(3\)"),
              ("全年执行资金", r"\(4\)"), ("资金结余", r"\(5\)=\(3\)-\(4\)"),
              ("预算到位率\(%\)", r"\(6\)=\(3\)/\(2\)"), ("预算执行率\(%\)", r"\(7\)=\(4\)/\(2\)")]
    T = []
    for lab, no in labels:
        T.append(c.one(rf"(?m)^{lab}\s+{no}" + rf"\s+{N}" * 8 + r"\s*$"))
    cols = ["年度总金额", "小计", "中央级", "省级", "市级", "县区级", "上年结转", "其他资金"]
    for k in range(5):
        r = T[k]
        c.total([r[1], r[6], r[7]], r[0], f"funds row ({k + 1}) 总额")
        c.total([r[2], r[3], r[4], r[5]], r[1], f"funds row ({k + 1}) 小计")
    for j, col in enumerate(cols):
        c.diff(T[2][j], T[3][j], T[4][j], f"(5)=(3)-(4) {col}")
        c.rate(T[2][j], T[1][j], T[5][j], f"(6)=(3)/(2) {col}")
        c.rate(T[3][j], T[1][j], T[6][j], f"(7)=(4)/(2) {col}")
    y, annual, prov, city = c.one(rf"(\d{{4}})年项目全年预算{N}万元，其中省级补助{N}万元、市级资金{N}万元")
    c.year_is(y, 2022, "budget year")
    c.total([prov, city], annual, "省 + 市 = 全年预算")
    c.same(annual, T[1][0], "全年预算 text/table")
    c.same(prov, T[1][3], "省级 text/table")
    c.same(city, T[1][4], "市级 text/table")
    b = c.one(rf"预算按抽检(\d+)批次、每批次(\d+)元测算抽检费{N}万元，储备盐库存质量监督检查{N}万元，"
              rf"案件查办{N}万元，宣传培训{N}万元，快检设备{N}万元")
    c.total(b[2:], annual, "budget items")
    c.product(b[0], b[1], b[2], "抽检费 budget")
    e = c.one(rf"全年支出{N}万元：委托检验机构抽检食盐(\d+)批次，按中标价每批次(\d+)元结算{N}万元；"
              rf"储备盐库存质量监督检查{N}万元；案件查办{N}万元；宣传培训{N}万元；快检设备{N}万元")
    c.same(e[0], T[3][0], "执行 text/table")
    c.total(e[3:], e[0], "spending items")
    c.product(e[1], e[2], e[3], "抽检费 spent")
    c.year_after(c.one(r"结转(\d{4})年继续"), 2022, "carry-over year")
    c.year_is(c.one(r"实施期为(\d{4})年1月"), 2022, "implementation year")
    tables = [tb for tb in md_tables(c.t) if "权重" in tb["header"]]
    rows = [r for tb in tables for r in tb["rows"]]
    ts, word = c.one(rf"自评总得分{N}分，属于\"(.+?)\"")
    c.table(rows, "权重", "得分", "目标值", "业绩值", comp="完成率", total=ts)
    c.grade(ts, word, "grade")
    R = rows_by_name(rows)
    c.same(val(R["预算执行率"]["业绩值"]), T[6][0], "execution rate table/funds")
    c.same(b[0], val(R["食盐监督抽检批次"]["目标值"]), "抽检 budget/target")
    c.same(c.one(r"食盐监督抽检不少于(\d+)批次"), val(R["食盐监督抽检批次"]["目标值"]), "抽检 goal")
    c.same(e[1], val(R["食盐监督抽检批次"]["业绩值"]), "抽检 actual")
    c.same(c.one(r"(\d+)批次样品"), val(R["食盐监督抽检批次"]["业绩值"]), "抽检 analysis")
    c.same(b[1], val(R["单批次检验费用"]["目标值"]), "检验费 target")
    c.same(e[2], val(R["单批次检验费用"]["业绩值"]), "检验费 actual")
    c.same(c.one(r"(\d+)个工作日内完成核查"), val(R["不合格食盐核查处置时限"]["目标值"]), "时限 goal")
    c.same(c.one(r"合格率不低于(\d+)%"), val(R["食盐监督抽检合格率"]["目标值"]), "合格率 goal")
    c.same(c.one(r"结案率不低于(\d+)%"), val(R["盐业违法案件结案率"]["目标值"]), "结案率 goal")
    c.same(c.one(r"满意度不低于(\d+)%"), val(R["消费者满意度"]["目标值"]), "满意度 goal")
    c.rate(c.one(r"其中(\d+)批次合格"), e[1], val(R["食盐监督抽检合格率"]["业绩值"]), "合格率")
    k = c.one(r"盐业违法案件(\d+)起，年内结案(\d+)起")
    c.rate(k[1], k[0], val(R["盐业违法案件结案率"]["业绩值"]), "结案率")
    q = c.one(r"发放问卷(\d+)份，表示满意的(\d+)份")
    c.rate(q[1], q[0], val(R["消费者满意度"]["业绩值"]), "满意度")


# ---------------------------------------------------------------- 应城 2020
def check_yingcheng(c):
    c.year_is(c.one(r"\n(\d{4})年度县级食盐应急储备"), 2020, "title year")
    items = ["储备保管费", "轮换费用补贴", "储备资金利息补贴", "抽检及库存监管", "应急调运费用", "疫情补库价差补贴"]
    F = {}
    for lab in items + ["合计"]:
        F[lab] = c.one(rf"(?m)^{lab}\s+{N}\s+{N}\s+{N}\s+{N}\s+{N}\s*$")
    for lab in items + ["合计"]:
        r = F[lab]
        c.total([r[0], r[1]], r[2], f"{lab}: 年初 + 追加 = 全年")
        c.diff(r[2], r[3], r[4], f"{lab}: 全年 - 支出 = 未支出")
    for j, col in enumerate(["年初预算", "追加", "全年预算", "实际支出", "未支出"]):
        c.total([F[i][j] for i in items], F["合计"][j], f"column {col}")
    c.year_is(c.one(r"(\d{4})年初新冠"), 2020, "epidemic year")
    ya, add = c.one(rf"市财政于(\d{{4}})年4月追加疫情补库价差补贴{N}万元")
    c.year_is(ya, 2020, "追加 year")
    c.same(add, F["合计"][1], "追加 text/table")
    annual = c.one(rf"全年预算调整为{N}万元")
    c.same(annual, F["合计"][2], "全年预算 text/table")
    sp, rt = c.one(rf"全年实际支出{N}万元，预算执行率{N}%")
    c.same(sp, F["合计"][3], "支出 text/table")
    c.rate(sp, annual, rt, "预算执行率 (text)")
    un, yc = c.one(rf"未支出{N}万元结转至(\d{{4}})年")
    c.diff(annual, sp, un, "未支出 (text)")
    c.year_after(yc, 2020, "carry-over year")
    scale = c.one(r"储备规模(\d+)吨")
    q, p = c.one(r"保管费按(\d+)吨、每吨每年(\d+)元计算")
    c.same(q, scale, "保管费 tonnage")
    c.product(q, p, F["储备保管费"][2], "保管费")
    p2, q2 = c.one(r"轮换补贴按实际轮换量每吨(\d+)元结算，全年轮换(\d+)吨")
    c.product(q2, p2, F["轮换费用补贴"][3], "轮换补贴")
    ys, stock, rest = c.one(r"截至(\d{4})年12月31日，县级储备库存(\d+)吨，其余(\d+)吨")
    c.year_is(ys, 2020, "year-end stock date")
    c.total([stock, rest], scale, "stock + rest = scale")
    c.plausible(c.one(rf"账实相符率{N}%"), "账实相符率")
    tables = [tb for tb in md_tables(c.t) if "分值" in tb["header"]]
    trows = tables[0]["rows"]
    total_row = [r for r in trows if r["年度目标"] == "合计"][0]
    rows = [r for r in trows if r["年度目标"] != "合计"]
    c.table(rows, "分值", "得分", "年度指标值", "实际完成值", total=total_row["得分"], total_w=total_row["分值"])
    R = rows_by_name(rows)
    c.rate(F["合计"][3], F["合计"][2], val(R["预算执行率"]["实际完成值"]), "table execution row")
    c.same(scale, val(R["年末储备在库规模"]["年度指标值"]), "规模 target")
    c.same(stock, val(R["年末储备在库规模"]["实际完成值"]), "规模 actual")
    c.same(q2, val(R["储备盐轮换量"]["实际完成值"]), "轮换 actual")
    c.same(c.one(r"投放储备食盐(\d+)吨"), val(R["应急投放储备食盐"]["实际完成值"]), "投放 actual")
    c.same(F["应急调运费用"][3], val(R["应急调运费用"]["实际完成值"]), "调运费 table/funds")
    c.same(c.one(r"全年轮换储备盐不少于(\d+)吨"), val(R["储备盐轮换量"]["年度指标值"]), "轮换 goal")
    h, v = c.one(r"(\d+)小时内完成应急投放，投放量不少于(\d+)吨")
    c.same(h, val(R["应急投放到位时间"]["年度指标值"]), "时限 goal")
    c.same(v, val(R["应急投放储备食盐"]["年度指标值"]), "投放 goal")
    c.same(c.one(rf"应急调运费用控制在{N}万元以内"), val(R["应急调运费用"]["年度指标值"]), "调运费 goal")
    c.same(c.one(r"保管费补贴不超过每吨每年(\d+)元"), val(R["储备保管费补贴标准"]["年度指标值"]), "保管费 goal")
    c.same(p, val(R["储备保管费补贴标准"]["实际完成值"]), "保管费 actual")
    c.same(c.one(r"满意度不低于(\d+)%"), val(R["城乡居民满意度"]["年度指标值"]), "满意度 goal")
    c.completion_stated("gte", scale, stock, c.one(r"年末在库规模为目标的(\d+)%"), "在库规模完成率 (text)")
    c.completion_stated("gte", val(R["储备盐轮换量"]["年度指标值"]), q2, c.one(r"轮换量仅完成(\d+)%"),
                        "轮换完成率 (text)")
    c.grade(total_row["得分"], c.one(r"评价等级为\"(.+?)\""), "grade")


# ---------------------------------------------------------------- 淮安 2018
def check_huaian(c):
    c.year_is(c.one(r"淮安市盐务管理局(\d{4})年度部门整体"), 2018, "title year")
    F = {}
    for lab in ["基本支出", "项目支出", "合计"]:
        F[lab] = c.one(rf"(?m)^{lab}\s+{N}\s+{N}\s+{N}\s+{N}\s+{N}%\s*$")
    for lab, r in F.items():
        c.total([r[0], r[1]], r[2], f"{lab}: 年初 + 调整 = 全年")
        c.rate(r[3], r[2], r[4], f"{lab} 执行率")
    for j, col in enumerate(["年初预算", "调整数", "全年预算", "实际支出"]):
        c.total([F["基本支出"][j], F["项目支出"][j]], F["合计"][j], f"column {col}")
    y, init, basic, proj = c.one(rf"(\d{{4}})年部门年初预算{N}万元，其中基本支出{N}万元、项目支出{N}万元")
    c.year_is(y, 2018, "budget year")
    c.total([basic, proj], init, "年初 = 基本 + 项目 (text)")
    c.same(init, F["合计"][0], "年初 text/table")
    c.same(basic, F["基本支出"][0], "基本 text/table")
    c.same(proj, F["项目支出"][0], "项目 text/table")
    addb = c.one(rf"追加基本支出{N}万元")
    addp = c.one(rf"追加项目支出{N}万元")
    c.same(addb, F["基本支出"][1], "追加基本 text/table")
    c.same(addp, F["项目支出"][1], "追加项目 text/table")
    annual = c.one(rf"全年预算调整为{N}万元")
    c.total([init, addb, addp], annual, "全年 = 年初 + 追加 (text)")
    c.same(annual, F["合计"][2], "全年 text/table")
    sp, rt, bal, yc = c.one(rf"全年实际支出{N}万元，预算执行率{N}%，年末结转结余{N}万元，全部为项目资金，已按规定结转(\d{{4}})年")
    c.same(sp, F["合计"][3], "支出 text/table")
    c.rate(sp, annual, rt, "执行率 (text)")
    c.diff(annual, sp, bal, "结转结余 (department)")
    c.diff(F["项目支出"][2], F["项目支出"][3], bal, "结转结余 (all project money)")
    c.year_after(yc, 2018, "carry-over year")
    pb = c.one(rf"项目支出全年预算{N}万元，分为五个项目：储备盐管理{N}万元、盐业执法{N}万元、"
               rf"食盐质量抽检{N}万元、碘缺乏病防治宣传{N}万元、盐业信息化建设{N}万元")
    c.total(pb[1:], pb[0], "project budgets")
    c.same(pb[0], F["项目支出"][2], "项目全年预算 text/table")
    pe = c.one(rf"五个项目全年分别支出：储备盐管理{N}万元、盐业执法{N}万元、食盐质量抽检{N}万元、"
               rf"碘缺乏病防治宣传{N}万元、盐业信息化建设{N}万元")
    c.total(pe, F["项目支出"][3], "project spending")
    q, pr, amt = c.one(rf"市级食盐储备(\d+)吨的保管费按每吨每年(\d+)元计{N}万元")
    c.product(q, pr, amt, "保管费")
    pr2, q2, amt2 = c.one(rf"轮换补贴按每吨(\d+)元结算，全年轮换(\d+)吨，支付{N}万元")
    c.product(q2, pr2, amt2, "轮换补贴")
    cur3, prev3, dec3 = c.one(rf"\"三公\"经费支出{N}万元，比上年的{N}万元下降{N}%")
    c.rate(D(prev3) - D(cur3), prev3, dec3, "三公 decrease")
    tables = [tb for tb in md_tables(c.t) if "分值" in tb["header"]]
    trows = tables[0]["rows"]
    total_row = [r for r in trows if r["一级指标"] == "合计"][0]
    rows = [r for r in trows if r["一级指标"] != "合计"]
    c.table(rows, "分值", "得分", "指标值", "实际完成值", total=total_row["得分"], total_w=total_row["分值"])
    R = rows_by_name(rows)
    c.same("-" + dec3, val(R["\"三公\"经费变动率"]["实际完成值"]), "三公 text/table")
    staff = c.one(r"核定编制(\d+)人，年末实有在职人员(\d+)人")
    c.rate(staff[1], staff[0], val(R["在职人员控制率"]["实际完成值"]), "在职人员控制率")
    c.same(val(R["预算执行率"]["实际完成值"]), F["合计"][4], "execution rate table/funds")
    lst, avg = c.one(rf"五个项目自评得分分别为：(.+?)，平均{N}分")
    c.average(re.findall(rf"{N}分", lst), avg, "project score average")
    ts, word = c.one(rf"部门整体支出自评得分{N}分，评价等级为\"(.+?)\"")
    c.same(ts, total_row["得分"], "total text/table")
    c.grade(ts, word, "grade")
    s5, r5, d5 = c.one(r"维持市级食盐储备(\d+)吨，完成轮换(\d+)吨，因承储企业仓容调整，有(\d+)吨轮换推迟")
    c.same(s5, q, "储备规模 text")
    c.same(s5, val(R["市级食盐储备规模"]["实际完成值"]), "储备规模 actual")
    c.same(r5, q2, "轮换 text")
    c.same(r5, val(R["储备盐轮换量"]["实际完成值"]), "轮换 actual")
    c.total([r5, d5], val(R["储备盐轮换量"]["指标值"]), "轮换 done + postponed = target")
    c.same(c.one(r"全年抽检食盐(\d+)批次"), val(R["食盐质量抽检批次"]["实际完成值"]), "抽检 actual")
    c.same(c.one(r"检查食盐经营户(\d+)户次"), val(R["食盐经营户检查"]["实际完成值"]), "检查 actual")
    c.same(c.one(rf"碘盐食用率达到{N}%"), val(R["居民合格碘盐食用率"]["实际完成值"]), "碘盐 actual")
    c.same(c.one(rf"满意度调查满意率{N}%"), val(R["社会公众满意度"]["实际完成值"]), "满意度 actual")
    ex = R["预算执行率"]
    c.diff(ex["分值"], ex["得分"], c.one(rf"预算执行率扣{N}分"), "execution deduction", code="score_sum_mismatch")
    pct, ded = c.one(rf"储备盐轮换量完成年度目标的(\d+)%，扣{N}分")
    c.completion_stated("gte", val(R["储备盐轮换量"]["指标值"]), val(R["储备盐轮换量"]["实际完成值"]), pct,
                        "轮换完成率 (text)")
    c.diff(R["储备盐轮换量"]["分值"], R["储备盐轮换量"]["得分"], ded, "rotation deduction", code="score_sum_mismatch")


CHECKS = {
    "hn-xiangtan-shiyanchubei-2024": check_xiangtan,
    "sc-zigong-yanyejianguan-2019": check_zigong,
    "sx-yuncheng-shiyanchoujian-2022": check_yuncheng,
    "hb-yingcheng-yanchubei-2020": check_yingcheng,
    "js-huaian-yanwuju-bumen-2018": check_huaian,
}


def changed_region(a, b):
    """[start, end) in b of the one contiguous place where b differs from a."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    codes = Counter()
    texts = {}
    for lab in labels:
        texts[lab["case"]] = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
    for lab in labels:
        name, text = lab["case"], texts[lab["case"]]
        src = lab["source"]
        clean = texts[f"{src}-clean.txt"]
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if not 2800 <= len(text) <= 3400:
                problems.append(f"{name}: length {len(text)} outside 2800-3400")
        else:
            if len(lab["expected"]) != 1:
                problems.append(f"{name}: expected exactly one label")
                continue
            exp = lab["expected"][0]
            codes[exp["code"]] += 1
            if exp["code"] not in CODES or exp["severity"] != "error":
                problems.append(f"{name}: bad code/severity {exp['code']}/{exp['severity']}")
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            if not occ:
                problems.append(f"{name}: value {v!r} not in case")
            if text == clean:
                problems.append(f"{name}: identical to the clean draft")
            s, e = changed_region(clean, text)
            if not any(o < e and o + len(v) > s for o in occ):
                problems.append(f"{name}: value {v!r} does not overlap the change [{s},{e})")
            # one contiguous place: clean with that region replaced gives the case
            cs, ce = s, len(clean) - (len(text) - e)
            if clean[:cs] + text[s:e] + clean[ce:] != text:
                problems.append(f"{name}: not a single contiguous edit")
        # arithmetic
        c = Ctx(text, name)
        try:
            CHECKS[src](c)
        except ParseError as exc:
            problems.append(f"{name}: parse error: {exc}")
            continue
        failed = sorted({code for code, _ in c.fails})
        if lab["clean"]:
            if failed:
                problems.append(f"{name}: clean draft fails {c.fails}")
        else:
            want = lab["expected"][0]["code"]
            if want not in failed:
                problems.append(f"{name}: labelled {want} not detected (fails: {c.fails})")
            others = [f for f in c.fails if f[0] != want]
            if others:
                problems.append(f"{name}: other error-level codes fail: {others}")
        if os.environ.get("VERBOSE"):
            print(name, failed, c.fails, c.warns)
    for code in CODES:
        if codes[code] < 2:
            problems.append(f"code {code} used {codes[code]} times (< 2)")
    print("codes:", ", ".join(f"{k}={codes[k]}" for k in CODES))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
