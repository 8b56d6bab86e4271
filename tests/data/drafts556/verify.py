#!/usr/bin/env python3
"""Verify drafts556: re-read every figure from each draft's text and redo its arithmetic.

Standard library + decimal only. For every case in labels.jsonl:
  * clean drafts must pass every check (no error, and no warning from the score-rule checks either);
  * each error case must fail exactly its labelled code and no other error code;
  * the label value must occur exactly once, the case must differ from its clean draft by one
    contiguous edit of at most 40 characters, and that edit must overlap the label value;
  * every error code of errors.md §A must be labelled at least twice.
Prints OK at the end when everything holds, otherwise the failures and exit status 1.

Rules implemented (rules.md §5–§8): rates I1/I2, balances I3, sums I4, ordering/zero base I5,
weights I6, scores I7, completion I8, grade I9, averages I10, same value I11, units I13, years I14;
tolerance from the decimals of the stated number, ROUND_HALF_UP; 约 numbers get ± half a unit of
their last digit; an amount off by exactly 10^4 / 10^8 is reported as unit_mismatch, not as the
sum / rate / conflict it breaks.
"""
import datetime
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]

NUM = r"(\d[\d,]*(?:\.\d+)?)"
PCT = r"(\d[\d,]*(?:\.\d+)?)%"
EPS = Decimal("1e-9")
SCALES = [Decimal(10) ** 4, Decimal(10) ** -4, Decimal(10) ** 8, Decimal(10) ** -8]


class ParseError(Exception):
    pass


class N:
    """A number as written: value, decimals, raw string; approx for 约/余/左右/近."""

    def __init__(self, s, approx=False):
        s = s.strip()
        self.s = s
        self.v = Decimal(s.replace(",", ""))
        self.d = len(s.split(".")[1]) if "." in s else 0
        self.approx = approx

    def tol(self):
        return Decimal("0.5") * Decimal(10) ** -self.d + EPS

    def __repr__(self):
        return self.s


def q2(x):
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def consistent(stated, computed):
    return abs(computed - stated.v) <= stated.tol()


def same(a, b):
    return abs(a.v - b.v) <= max(a.tol(), b.tol())


class Ctx:
    def __init__(self, text):
        self.t = text
        self.errors = []    # (code, message)
        self.warnings = []  # (code, message)

    def e(self, code, msg):
        self.errors.append((code, msg))

    def w(self, code, msg):
        self.warnings.append((code, msg))

    def one(self, pat, text=None):
        text = self.t if text is None else text
        ms = list(re.finditer(pat, text, re.M))
        if len(ms) != 1:
            raise ParseError(f"pattern {pat!r} matched {len(ms)} times")
        return ms[0]

    def section(self, start, end):
        i = self.t.find(start)
        j = self.t.find(end, i + 1)
        if i < 0 or j < 0:
            raise ParseError(f"section {start!r}..{end!r} not found")
        return self.t[i:j]

    def line(self, label, sep=None, text=None):
        """Cells of the unique line whose first cell is `label`."""
        text = self.t if text is None else text
        found = []
        for ln in text.split("\n"):
            cells = split_cells(ln, sep)
            if cells and cells[0] == label:
                found.append(cells)
        if len(found) != 1:
            raise ParseError(f"row {label!r} found {len(found)} times")
        return found[0]


def split_cells(line, sep):
    if sep is None:
        return line.split()
    return [c.strip() for c in line.split(sep)]


def pct_or_none(s):
    s = s.strip()
    if s in ("—", "-", "－"):
        return None
    m = re.fullmatch(PCT, s)
    if not m:
        raise ParseError(f"not a percentage: {s!r}")
    return N(m.group(1))


# ----------------------------------------------------------------------------------------------
# Generic identities


def chk_sum(ctx, total, parts, what):
    s = sum((p.v for p in parts), Decimal(0))
    if consistent(total, s):
        return
    for i, p in enumerate(parts):
        for k in SCALES:
            if consistent(total, s - p.v + p.v * k):
                ctx.e("unit_mismatch", f"{what}: part {p.s} off by a power of ten (sum {s} vs {total.s})")
                return
    for k in SCALES:
        if abs(total.v * k - s) <= total.tol() * k:
            ctx.e("unit_mismatch", f"{what}: total {total.s} off by a power of ten (sum {s})")
            return
    ctx.e("sum_mismatch", f"{what}: parts add up to {s}, stated {total.s}")


def chk_rate(ctx, stated, num, den, what, code="rate_mismatch"):
    """stated: N (percent) or None when the cell shows —."""
    if den.v == 0:
        if stated is None or stated.v == 0:
            return
        ctx.e("implausible_rate", f"{what}: {stated.s}% on a zero base")
        return
    c = num.v / den.v * 100
    if stated is None:
        ctx.e(code, f"{what}: rate missing, computed {q2(c)}%")
        return
    if consistent(stated, c):
        if stated.v > 100:
            ctx.e("implausible_rate", f"{what}: {stated.s}% above 100%")
        return
    for k in SCALES:
        if consistent(stated, c * k):
            ctx.e("unit_mismatch", f"{what}: an amount off by a power of ten ({stated.s}% vs {q2(c)}%)")
            return
    ctx.e(code, f"{what}: computed {q2(c)}%, stated {stated.s}%")


def chk_diff(ctx, stated, a, b, what, code="balance_mismatch"):
    c = a.v - b.v
    if consistent(stated, c):
        return
    for k in SCALES:
        if consistent(stated, c * k) or (abs(a.v * k - b.v - stated.v) <= stated.tol()) or \
                (abs(a.v - b.v * k - stated.v) <= stated.tol()):
            ctx.e("unit_mismatch", f"{what}: off by a power of ten")
            return
    ctx.e(code, f"{what}: {a.s} - {b.s} = {c}, stated {stated.s}")


def chk_eq(ctx, a, b, what, code="conflicting_values", scale_b=Decimal(1)):
    """a and b state the same quantity; b is multiplied by scale_b first (e.g. 元 -> 万元)."""
    bv = b.v * scale_b
    tol = max(a.tol(), b.tol() * scale_b)
    if a.approx or b.approx:
        tol = tol + max(a.tol(), b.tol() * scale_b)
    if abs(a.v - bv) <= tol:
        return
    for k in SCALES:
        if abs(a.v * k - bv) <= tol * max(k, 1) or abs(a.v - bv * k) <= tol * max(k, 1):
            ctx.e("unit_mismatch", f"{what}: {a.s} vs {b.s} differ by a power of ten")
            return
    ctx.e(code, f"{what}: {a.s} vs {b.s}")


def chk_avg(ctx, stated, total, count, what, scale=Decimal(1), code="average_mismatch"):
    """stated average = total / count * scale; `total` may be a list of N (summed)."""
    if isinstance(total, list):
        tv = sum((x.v for x in total), Decimal(0))
    else:
        tv = total.v
    c = tv / Decimal(count) * scale
    tol = stated.tol() + (stated.tol() if stated.approx else 0)
    if abs(c - stated.v) <= tol:
        return
    for k in SCALES:
        if abs(c * k - stated.v) <= tol:
            ctx.e("unit_mismatch", f"{what}: off by a power of ten")
            return
    ctx.e(code, f"{what}: computed {c}, stated {stated.s}")


GRADES = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
          "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    v = total.v
    if v >= 90:
        return "优"
    if v >= 80:
        return "良"
    if v >= 60:
        return "中"
    return "差"


def chk_grade(ctx, total, grade):
    if GRADES[grade] != band(total):
        ctx.e("grade_mismatch", f"total {total.s} is {band(total)}, stated {grade}")


def chk_years(ctx, Y):
    t = ctx.t
    for m in re.finditer(r"截至(\d{4})年12月31日", t):
        if int(m.group(1)) != Y:
            ctx.e("year_mismatch", f"截至{m.group(1)}年12月31日 in a {Y} report")
    for m in re.finditer(r"结转(?:" + NUM + r"万元)?至(\d{4})年", t):
        if int(m.group(2)) <= Y:
            ctx.e("year_mismatch", f"carried over to {m.group(2)} from a {Y} budget")
    for m in re.finditer(r"(\d{4})年(\d{1,2})月(提前)?下达", t):
        y, mo = int(m.group(1)), int(m.group(2))
        if not (y == Y or (y == Y - 1 and mo == 12 and m.group(3))):
            ctx.e("year_mismatch", f"funds issued {y}-{mo} for a {Y} budget")
    for m in re.finditer(r"(\d{4})年\d{1,2}月追加", t):
        if int(m.group(1)) != Y:
            ctx.e("year_mismatch", f"budget adjusted in {m.group(1)} for a {Y} budget")
    for m in re.finditer(r"资金于(\d{4})年\d{1,2}月和\d{1,2}月分两批下达", t):
        if int(m.group(1)) != Y:
            ctx.e("year_mismatch", f"funds issued in {m.group(1)} for a {Y} budget")
    for m in re.finditer(r"(\d{4})年度(?:部门整体支出绩效)?自评得分", t):
        if int(m.group(1)) != Y:
            ctx.e("year_mismatch", f"score stated for {m.group(1)} in a {Y} report")


# ----------------------------------------------------------------------------------------------
# Indicator tables

SIGNS_GTE = ("≥", "＞", ">", "不低于", "不少于")
SIGNS_LTE = ("≤", "＜", "<", "不高于", "不超过")
DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def parse_value(s):
    s = s.strip()
    direction = "eq"
    for sg in SIGNS_GTE:
        if s.startswith(sg):
            direction, s = "gte", s[len(sg):]
    for sg in SIGNS_LTE:
        if s.startswith(sg):
            direction, s = "lte", s[len(sg):]
    if s.startswith("="):
        s = s[1:]
    m = DATE.fullmatch(s)
    if m:
        try:
            d = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            raise ParseError(f"not a valid date: {s!r}")
        return {"kind": "date", "dir": direction, "date": d}
    m = re.fullmatch(NUM + r"(.*)", s)
    if m and not re.search(r"\d", m.group(2)):
        return {"kind": "num", "dir": direction, "n": N(m.group(1)), "unit": m.group(2)}
    return {"kind": "qual", "dir": "qual", "text": s}


ACHIEVED = ("已建立", "已完成", "达成", "建立并运行")
PARTLY = ("基本建立", "部分建立", "基本完成", "部分完成", "部分达成")


def chk_indicators(ctx, rows, weight_total, score_total, blocks=None):
    """rows: dicts name/target/actual/completion/weight/score (strings).
    blocks: list of (stated block weight N, [row names]) for level sums."""
    wsum = Decimal(0)
    ssum = Decimal(0)
    by_name = {}
    for r in rows:
        name = r["name"]
        by_name[name] = r
        w = N(r["weight"])
        s = N(r["score"])
        wsum += w.v
        ssum += s.v
        if s.v > w.v or s.v < 0:
            ctx.e("score_exceeds_weight", f"{name}: score {s.s} > weight {w.s}")
        t = parse_value(r["target"])
        a = parse_value(r["actual"])
        comp = r["completion"].strip()
        expected_score = None
        if t["kind"] == "qual" and a["kind"] == "qual":
            if comp not in ("—", "-"):
                ctx.e("completion_mismatch", f"{name}: completion {comp} on a qualitative row")
            txt = a["text"]
            if any(k in txt for k in PARTLY):
                lo, hi = Decimal("0.6") * w.v, Decimal("0.8") * w.v
                if not (lo <= s.v < hi):
                    ctx.w("score_rule_mismatch", f"{name}: partly achieved, score {s.s} not in [{lo},{hi})")
            elif any(k in txt for k in ACHIEVED):
                if not (Decimal("0.8") * w.v <= s.v <= w.v):
                    ctx.w("score_rule_mismatch", f"{name}: achieved, score {s.s} below 80% of weight")
            else:
                ctx.w("score_rule_mismatch", f"{name}: qualitative actual {txt!r} not classified")
            continue
        if t["kind"] != a["kind"] or (t["kind"] == "num" and t["unit"] != a["unit"]):
            ctx.e("unit_mismatch", f"{name}: target {r['target']} vs actual {r['actual']}")
            continue
        stated = pct_or_none(comp)
        if t["kind"] == "date":
            if t["dir"] != "lte":
                raise ParseError(f"{name}: date target without ≤")
            if a["date"] > t["date"]:
                # a missed deadline has no completion percentage; a stated percentage claims it was met
                ctx.e("completion_mismatch", f"{name}: deadline {r['target']} missed ({r['actual']}), stated {comp}")
                continue
            c = Decimal(100)
            expected_score = w.v
        else:
            T, A = t["n"].v, a["n"].v
            if t["dir"] == "lte":
                c = Decimal(100) if A <= T else T / A * 100
            else:
                c = A / T * 100
            expected_score = w.v * min(c, Decimal(100)) / 100
            if a["unit"] == "%" and A > 100 and ("满意" in name or name.endswith("率")):
                ctx.e("implausible_rate", f"{name}: actual {r['actual']} above 100%")
        if stated is None or not consistent(stated, c):
            ctx.e("completion_mismatch", f"{name}: computed {q2(c)}%, stated {comp}")
        else:
            exp_from_stated = w.v * min(stated.v, Decimal(100)) / 100
            if not (consistent(s, expected_score) or consistent(s, exp_from_stated)):
                ctx.w("score_rule_mismatch", f"{name}: score {s.s}, rule gives {q2(expected_score)}")
    if not consistent(weight_total, wsum):
        ctx.e("weight_sum_mismatch", f"weights add up to {wsum}, stated {weight_total.s}")
    if weight_total.v != 100:
        ctx.e("weight_sum_mismatch", f"stated weight total {weight_total.s} is not 100")
    for bw, names in (blocks or []):
        bs = sum((N(by_name[n]["weight"]).v for n in names), Decimal(0))
        if not consistent(bw, bs):
            ctx.e("weight_sum_mismatch", f"block {names[0]}..: weights {bs}, stated {bw.s}")
    if not consistent(score_total, ssum):
        ctx.e("score_sum_mismatch", f"scores add up to {ssum}, stated {score_total.s}")
    return by_name


def rows_from_right(lines, sep, order, skip=()):
    """Parse indicator rows: the last len(order) cells are named by `order`; the name is the cell
    before them. `order` lists keys among target/actual/completion/weight/score."""
    out = []
    for ln in lines:
        cells = [c for c in split_cells(ln, sep)]
        if sep is not None:
            cells = [c for c in cells]
        if not cells or not "".join(cells).strip():
            continue
        if cells[0] in skip:
            continue
        if sep is not None:
            # trailing/leading empty cells in ｜/tab rows are continuation cells
            pass
        tail = cells[-len(order):]
        name = cells[-len(order) - 1]
        r = dict(zip(order, tail))
        r["name"] = name
        out.append(r)
    return out


def exec_score_rule(ctx, weight, score, rate_n, what):
    exp = weight.v * min(rate_n.v, Decimal(100)) / 100
    if not consistent(score, exp):
        ctx.w("score_rule_mismatch", f"{what}: execution score {score.s}, rule gives {q2(exp)}")


# ----------------------------------------------------------------------------------------------
# Draft 1: 丽水市水利局 2025 水文化遗产调查 (space-aligned tables)


def check_lishui(ctx):
    t = ctx.t
    Y = int(ctx.one(r"^(\d{4})年度水文化遗产调查项目").group(1))
    chk_years(ctx, Y)
    init_p = N(ctx.one(r"项目年初预算" + NUM + "万元").group(1))
    m = ctx.one(r"追加数字化建档经费" + NUM + r"万元（" + NUM + r"元）")
    add, add_yuan = N(m.group(1)), N(m.group(2))
    annual_p = N(ctx.one(r"全年预算" + NUM + r"万元，全部为市级财政拨款").group(1))
    m = ctx.one(r"到位" + NUM + r"万元，到位率" + PCT)
    recv, recv_rate = N(m.group(1)), N(m.group(2))
    m = ctx.one(r"全年执行" + NUM + r"万元，预算执行率" + PCT)
    spent_p, rate_p = N(m.group(1)), N(m.group(2))
    chk_sum(ctx, annual_p, [init_p, add], "年初 + 追加 = 全年预算 (prose)")
    chk_eq(ctx, add, add_yuan, "追加 in 万元 and 元", scale_b=Decimal("0.0001"))
    chk_rate(ctx, recv_rate, recv, annual_p, "到位率")
    if recv_rate.v == 100:
        chk_eq(ctx, recv, annual_p, "到位率100% implies 到位 = 全年预算", code="rate_mismatch")
    chk_rate(ctx, rate_p, spent_p, annual_p, "预算执行率 (prose)")

    # funds table: name, 年初, 全年, 执行, 执行率, 分值, 得分
    fsec = ctx.section("项目               年初预算数", "（二）分子项目执行情况")
    frows = {}
    for lab in ("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金"):
        c = ctx.line(lab, text=fsec)
        frows[lab] = {"init": N(c[1]), "annual": N(c[2]), "spent": N(c[3]), "rate": pct_or_none(c[4]),
                      "w": c[5], "s": c[6]}
    tot = frows["年度资金总额"]
    parts = [frows[k] for k in ("当年财政拨款", "上年结转资金", "其他资金")]
    for col in ("init", "annual", "spent"):
        chk_sum(ctx, tot[col], [p[col] for p in parts], f"funds table column {col}")
    for lab, r in frows.items():
        chk_rate(ctx, r["rate"], r["spent"], r["annual"], f"funds table {lab}")
    chk_eq(ctx, tot["init"], init_p, "年初预算 table vs prose")
    chk_eq(ctx, tot["annual"], annual_p, "全年预算 table vs prose")
    chk_eq(ctx, tot["spent"], spent_p, "全年执行 table vs prose")
    exec_w, exec_s = N(tot["w"]), N(tot["s"])
    if tot["rate"] is not None:
        exec_score_rule(ctx, exec_w, exec_s, tot["rate"], "funds table")

    # sub-projects
    ssec = ctx.section("子项目                   预算数", "除成果汇编")
    subs = {}
    for ln in ssec.split("\n")[1:]:
        c = ln.split()
        if len(c) == 4:
            subs[c[0]] = {"b": N(c[1]), "s": N(c[2]), "rate": pct_or_none(c[3])}
    stot = subs.pop("合计")
    chk_sum(ctx, stot["b"], [r["b"] for r in subs.values()], "sub-project budgets")
    chk_sum(ctx, stot["s"], [r["s"] for r in subs.values()], "sub-project spending")
    for k, r in subs.items():
        chk_rate(ctx, r["rate"], r["s"], r["b"], f"sub-project {k}")
    chk_rate(ctx, stot["rate"], stot["s"], stot["b"], "sub-project total")
    chk_eq(ctx, stot["b"], tot["annual"], "sub-project total budget vs funds table")
    chk_eq(ctx, stot["s"], tot["spent"], "sub-project total spending vs funds table")
    unspent = N(ctx.one(r"年末未支出" + NUM + "万元").group(1))
    chk_diff(ctx, unspent, tot["annual"], tot["spent"], "未支出 = 全年预算 - 执行")

    # county table
    field_budget = N(ctx.one(r"野外调查与遗产登录经费" + NUM + "万元").group(1))
    chk_eq(ctx, field_budget, subs["野外调查与遗产登录"]["b"], "野外调查经费 prose vs sub-project table")
    csec = ctx.section("县（市、区）   调查河道长度", "全市平均每县")
    counties = {}
    for ln in csec.split("\n")[1:]:
        c = ln.split()
        if len(c) == 5:
            counties[c[0]] = [N(x) for x in c[1:]]
    ctot = counties.pop("合计")
    colnames = ["河道长度", "登录遗产点", "新发现", "补助资金"]
    for i, cn in enumerate(colnames):
        chk_sum(ctx, ctot[i], [v[i] for v in counties.values()], f"county table {cn}")
    chk_eq(ctx, ctot[3], field_budget, "county funds 合计 vs 野外调查经费")
    m = ctx.one(r"全市平均每县（市、区）登录遗产点" + NUM + r"处，平均下达补助资金" + NUM + "万元")
    chk_avg(ctx, N(m.group(1)), [v[1] for v in counties.values()], len(counties), "average heritage points per county")
    chk_avg(ctx, N(m.group(2)), [v[3] for v in counties.values()], len(counties), "average funds per county")
    m = ctx.one(r"新发现遗产点" + NUM + r"处，占登录总数的" + PCT)
    newp, newrate = N(m.group(1)), N(m.group(2))
    chk_eq(ctx, newp, ctot[2], "新发现 prose vs county table")
    chk_rate(ctx, newrate, newp, ctot[1], "新发现 share")
    m = ctx.one(r"青田县、莲都区新发现数分别为" + NUM + r"处和" + NUM + "处")
    chk_eq(ctx, N(m.group(1)), counties["青田县"][2], "青田县 新发现")
    chk_eq(ctx, N(m.group(2)), counties["莲都区"][2], "莲都区 新发现")

    # indicator table: ... target actual completion weight score
    isec = ctx.section("一级指标    二级指标        三级指标", "指标说明")
    lines = isec.split("\n")[1:]
    body = [ln for ln in lines if ln.strip() and not ln.startswith("合计")]
    total_cells = ctx.line("合计", text=isec)
    rows = rows_from_right(body, None, ["target", "actual", "completion", "weight", "score"])
    ind = chk_indicators(ctx, rows, N(total_cells[1]), N(total_cells[2]))
    ex = ind["预算执行率"]
    chk_eq(ctx, N(ex["actual"].rstrip("%")), tot["rate"] or N("0"), "execution rate indicator vs funds table",
           code="rate_mismatch")
    chk_eq(ctx, N(ex["score"]), exec_s, "execution score indicator vs funds table")
    chk_eq(ctx, N(ex["weight"]), exec_w, "execution weight indicator vs funds table", code="weight_sum_mismatch")
    m = ctx.one(r"全年登录水文化遗产点不少于" + NUM + r"处，调查河道长度不少于" + NUM + r"公里，完成遗产点数字化建档不少于"
                + NUM + r"处；推荐新增省级水利遗产名录不少于" + NUM + "处")
    for val, nm in zip(m.groups(), ("登录水文化遗产点", "调查河道长度", "完成数字化建档遗产点", "新增列入省级水利遗产名录")):
        chk_eq(ctx, N(val), parse_value(ind[nm]["target"])["n"], f"{nm} target goals vs table")
    m = ctx.one(r"低于" + NUM + "元的控制标准")
    chk_eq(ctx, N(m.group(1)), parse_value(ind["单处遗产点平均调查成本"]["target"])["n"], "cost cap prose vs table")
    reg = parse_value(ind["登录水文化遗产点"]["actual"])
    km = parse_value(ind["调查河道长度"]["actual"])
    if reg["kind"] == "num":
        chk_eq(ctx, reg["n"], ctot[1], "登录遗产点 indicator vs county 合计")
    if km["kind"] == "num":
        chk_eq(ctx, km["n"], ctot[0], "河道长度 indicator vs county 合计")
    cost = parse_value(ind["单处遗产点平均调查成本"]["actual"])
    m = ctx.one(r"野外调查与遗产登录支出" + NUM + r"万元除以登录数计算，为" + NUM + "元")
    chk_eq(ctx, N(m.group(1)), subs["野外调查与遗产登录"]["s"], "野外调查支出 prose vs sub-project table")
    if cost["kind"] == "num" and reg["kind"] == "num":
        chk_avg(ctx, cost["n"], N(m.group(1)), int(reg["n"].v), "cost per heritage point (元)",
                scale=Decimal(10000))
        chk_eq(ctx, N(m.group(2)), cost["n"], "cost per point prose vs table")
    m = ctx.one(r"野外调查共登录遗产点" + NUM + r"处，其中" + NUM + r"处已完成数字化建档，另" + NUM + "处")
    a, b, c = N(m.group(1)), N(m.group(2)), N(m.group(3))
    chk_sum(ctx, a, [b, c], "登录 = 建档 + 待补录")
    if reg["kind"] == "num":
        chk_eq(ctx, a, reg["n"], "登录遗产点 prose vs table")
    dig = parse_value(ind["完成数字化建档遗产点"]["actual"])
    if dig["kind"] == "num":
        chk_eq(ctx, b, dig["n"], "数字化建档 prose vs table")
    m = ctx.one(r"覆盖约" + NUM + "万人次")
    cov = parse_value(ind["宣传展示覆盖人次"]["actual"])
    if cov["kind"] == "num":
        chk_eq(ctx, N(m.group(1), approx=True), cov["n"], "宣传覆盖 prose vs table")
    m = ctx.one(r"回收有效问卷" + NUM + r"份，其中满意和基本满意" + NUM + r"份，满意度" + NUM + "%")
    valid, sat, satr = N(m.group(1)), N(m.group(2)), N(m.group(3))
    chk_rate(ctx, satr, sat, valid, "满意度 from the survey")
    sa = parse_value(ind["沿河群众满意度"]["actual"])
    if sa["kind"] == "num":
        chk_eq(ctx, satr, sa["n"], "满意度 prose vs table")
    m = ctx.one(r"自评得分" + NUM + r"分，评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    total = N(m.group(1))
    chk_eq(ctx, total, N(total_cells[2]), "total score prose vs table")
    chk_grade(ctx, total, m.group(2))


# ----------------------------------------------------------------------------------------------
# Draft 2: 永丰县水利局 2019 恩江水利风景区 (｜ tables)


def check_yongfeng(ctx):
    t = ctx.t
    Y = int(ctx.one(r"^永丰县水利局(\d{4})年度").group(1))
    chk_years(ctx, Y)
    init_p = N(ctx.one(r"项目年初预算" + NUM + "万元，年中未作调整").group(1))
    m = ctx.one(r"全年预算" + NUM + r"万元，其中省级水利风景区建设补助资金" + NUM + r"万元、县级配套资金" + NUM + "万元")
    annual_p, prov_p, cnty_p = N(m.group(1)), N(m.group(2)), N(m.group(3))
    chk_sum(ctx, annual_p, [prov_p, cnty_p], "全年预算 = 省级 + 县级 (prose)")
    chk_eq(ctx, init_p, annual_p, "年中未作调整: 年初 = 全年")
    m = ctx.one(r"省级补助资金" + NUM + r"万元于\d{4}年\d{1,2}月提前下达" + NUM + r"万元、\d{4}年\d{1,2}月下达" + NUM + "万元")
    chk_sum(ctx, N(m.group(1)), [N(m.group(2)), N(m.group(3))], "省级 instalments")
    chk_eq(ctx, N(m.group(1)), prov_p, "省级补助 prose")
    m = ctx.one(r"县级配套资金到位" + NUM + r"万元（" + NUM + r"元），尚有" + NUM + "万元")
    cr, cr_yuan, missing = N(m.group(1)), N(m.group(2)), N(m.group(3))
    chk_eq(ctx, cr, cr_yuan, "县级到位 万元 vs 元", scale_b=Decimal("0.0001"))

    fsec = ctx.section("项目｜合计｜省级补助｜县级配套", "截至")
    f = {}
    for lab in ("年初预算数", "全年预算数", "实际到位数", "全年执行数"):
        c = ctx.line(lab, "｜", fsec)
        f[lab] = [N(x) for x in c[1:4]]
    for lab in ("资金到位率", "预算执行率"):
        c = ctx.line(lab, "｜", fsec)
        f[lab] = [pct_or_none(x) for x in c[1:4]]
    for lab in ("年初预算数", "全年预算数", "实际到位数", "全年执行数"):
        chk_sum(ctx, f[lab][0], f[lab][1:], f"funds table row {lab}")
    for i, col in enumerate(("合计", "省级", "县级")):
        chk_rate(ctx, f["资金到位率"][i], f["实际到位数"][i], f["全年预算数"][i], f"到位率 {col}")
        chk_rate(ctx, f["预算执行率"][i], f["全年执行数"][i], f["全年预算数"][i], f"执行率 {col}")
    chk_eq(ctx, f["年初预算数"][0], init_p, "年初 table vs prose")
    chk_eq(ctx, f["全年预算数"][0], annual_p, "全年 table vs prose")
    chk_eq(ctx, f["全年预算数"][1], prov_p, "省级 table vs prose")
    chk_eq(ctx, f["全年预算数"][2], cnty_p, "县级 table vs prose")
    chk_eq(ctx, f["实际到位数"][2], cr, "县级到位 table vs prose")
    chk_diff(ctx, missing, f["全年预算数"][2], f["实际到位数"][2], "县级未到位 = 预算 - 到位")
    bal = N(ctx.one(r"项目资金结余" + NUM + "万元").group(1))
    chk_diff(ctx, bal, f["实际到位数"][0], f["全年执行数"][0], "结余 = 到位 - 执行")

    ssec = ctx.section("子项目｜预算数", "标识标牌及安全防护支出中")
    subs = {}
    for ln in ssec.split("\n")[1:]:
        c = ln.split("｜")
        if len(c) == 4:
            subs[c[0]] = {"b": N(c[1]), "s": N(c[2]), "rate": pct_or_none(c[3])}
    stot = subs.pop("合计")
    chk_sum(ctx, stot["b"], [r["b"] for r in subs.values()], "sub-project budgets")
    chk_sum(ctx, stot["s"], [r["s"] for r in subs.values()], "sub-project spending")
    for k, r in subs.items():
        chk_rate(ctx, r["rate"], r["s"], r["b"], f"sub-project {k}")
    chk_rate(ctx, stot["rate"], stot["s"], stot["b"], "sub-project total")
    chk_eq(ctx, stot["b"], f["全年预算数"][0], "sub total budget vs funds table")
    chk_eq(ctx, stot["s"], f["全年执行数"][0], "sub total spending vs funds table")
    m = ctx.one(r"标识标牌" + NUM + r"万元、安全防护栏" + NUM + "万元")
    sign_money = N(m.group(1))
    chk_sum(ctx, subs["标识标牌及安全防护"]["s"], [sign_money, N(m.group(2))], "标识标牌 + 防护栏")
    m = ctx.one(r"标牌" + NUM + r"块，平均每块" + NUM + "元")
    signs, per_sign = N(m.group(1)), N(m.group(2))
    chk_avg(ctx, per_sign, sign_money, int(signs.v), "cost per sign (元)", scale=Decimal(10000))

    isec = ctx.section("一级指标｜二级指标｜三级指标", "（一）产出情况")
    lines = [ln for ln in isec.split("\n")[1:] if ln.strip()]
    body = [ln for ln in lines if not ln.startswith("合计")]
    total_cells = ctx.line("合计", "｜", isec)
    rows = rows_from_right(body, "｜", ["target", "actual", "completion", "weight", "score"])
    ind = chk_indicators(ctx, rows, N(total_cells[-2]), N(total_cells[-1]))
    ex = ind["预算执行率"]
    chk_eq(ctx, N(ex["actual"].rstrip("%")), f["预算执行率"][0], "execution rate indicator vs funds",
           code="rate_mismatch")
    exec_score_rule(ctx, N(ex["weight"]), N(ex["score"]), f["预算执行率"][0], "execution row")

    def act(name):
        return parse_value(ind[name]["actual"])

    m = ctx.one(r"建成滨水步道" + NUM + r"公里，建成亲水平台" + NUM + r"处，设置标识标牌" + NUM + "块")
    for val, nm in zip(m.groups(), ("滨水步道长度", "亲水平台", "标识标牌")):
        a = act(nm)
        if a["kind"] == "num":
            chk_eq(ctx, N(val), a["n"], f"{nm} prose vs table")
    a = act("标识标牌")
    if a["kind"] == "num":
        chk_eq(ctx, signs, a["n"], "标牌 count (funds prose) vs table")
    m = ctx.one(r"按滨水步道及亲水平台支出" + NUM + r"万元计算为" + NUM + "万元")
    chk_eq(ctx, N(m.group(1)), subs["滨水步道及亲水平台"]["s"], "步道 spending prose vs table")
    cost = act("步道每公里造价")
    length = act("滨水步道长度")
    if cost["kind"] == "num" and length["kind"] == "num":
        chk_avg(ctx, cost["n"], N(m.group(1)), 1, "cost per km", scale=Decimal(1) / length["n"].v)
        chk_eq(ctx, N(m.group(2)), cost["n"], "cost per km prose vs table")
    m = ctx.one(r"控制在" + NUM + "万元以内")
    chk_eq(ctx, N(m.group(1)), parse_value(ind["步道每公里造价"]["target"])["n"], "cost cap prose vs table")
    m = ctx.one(r"生态护岸修复完成" + NUM + r"公里，未达到" + NUM + r"公里的目标.*?扣" + NUM + "分")
    r = ind["生态护岸修复"]
    a, tg = act("生态护岸修复"), parse_value(r["target"])
    if a["kind"] == "num":
        chk_eq(ctx, N(m.group(1)), a["n"], "护岸 prose vs table")
    chk_eq(ctx, N(m.group(2)), tg["n"], "护岸 target prose vs table")
    chk_diff(ctx, N(m.group(3)), N(r["weight"]), N(r["score"]), "deduction = weight - score",
             code="score_sum_mismatch")
    m = ctx.one(r"接待游客约" + NUM + r"万人次，\d{4}年为" + NUM + "万人次")
    a = act("年接待游客量")
    if a["kind"] == "num":
        chk_eq(ctx, N(m.group(1), approx=True), a["n"], "游客 prose vs table")
    m = ctx.one(r"科普活动" + NUM + r"场，比计划多" + NUM + "场")
    a, tg = act("水文化科普活动"), parse_value(ind["水文化科普活动"]["target"])
    if a["kind"] == "num":
        chk_eq(ctx, N(m.group(1)), a["n"], "科普 prose vs table")
        chk_diff(ctx, N(m.group(2)), N(m.group(1)), tg["n"], "科普 over plan", code="conflicting_values")
    m = ctx.one(r"岸线水质达标率" + PCT + "。")
    a = act("岸线水质达标率")
    if a["kind"] == "num":
        chk_eq(ctx, N(m.group(1)), a["n"], "水质 prose vs table")
    m = ctx.one(r"游客满意度" + PCT + r"；周边居民满意度" + PCT)
    for val, nm in zip(m.groups(), ("游客满意度", "周边居民满意度")):
        a = act(nm)
        if a["kind"] == "num":
            chk_eq(ctx, N(val), a["n"], f"{nm} prose vs table")
    m = ctx.one(r"自评得分" + NUM + r"分，评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    total = N(m.group(1))
    chk_eq(ctx, total, N(total_cells[-1]), "total prose vs table")
    chk_grade(ctx, total, m.group(2))


# ----------------------------------------------------------------------------------------------
# Draft 3: 夹江县水利局 2021 东风堰 (Sichuan, space-aligned, blocks with 权重 before targets)


def check_jiajiang(ctx):
    t = ctx.t
    Y = int(ctx.one(r"^(\d{4})年度东风堰").group(1))
    chk_years(ctx, Y)
    init_p = N(ctx.one(r"项目年初预算" + NUM + "万元").group(1))
    m = ctx.one(r"上年结转资金" + NUM + r"万元（" + NUM + r"元）调入本项目，调整后预算" + NUM + "万元")
    carry, carry_yuan, adj = N(m.group(1)), N(m.group(2)), N(m.group(3))
    chk_eq(ctx, carry, carry_yuan, "结转 万元 vs 元", scale_b=Decimal("0.0001"))
    chk_sum(ctx, adj, [init_p, carry], "调整后 = 年初 + 结转")
    fsec = ctx.section("项目               年初预算数", "\n调整后预算")
    f = {}
    for lab in ("年度资金总额", "其中：财政拨款", "上年结转资金", "其他资金"):
        c = ctx.line(lab, text=fsec)
        f[lab] = {"init": N(c[1]), "annual": N(c[2]), "spent": N(c[3]), "rate": pct_or_none(c[4]),
                  "w": c[5], "s": c[6]}
    tot = f["年度资金总额"]
    parts = [f[k] for k in ("其中：财政拨款", "上年结转资金", "其他资金")]
    for col in ("init", "annual", "spent"):
        chk_sum(ctx, tot[col], [p[col] for p in parts], f"funds column {col}")
    for lab, r in f.items():
        chk_rate(ctx, r["rate"], r["spent"], r["annual"], f"funds {lab}")
    chk_eq(ctx, tot["init"], init_p, "年初 table vs prose")
    chk_eq(ctx, tot["annual"], adj, "调整后 table vs prose")
    chk_eq(ctx, f["上年结转资金"]["annual"], carry, "结转 table vs prose")
    exec_score_rule(ctx, N(tot["w"]), N(tot["s"]), tot["rate"], "funds table")
    m = ctx.one(r"调整后预算" + NUM + r"万元，截至\d{4}年\d{1,2}月\d{1,2}日执行" + NUM + r"万元，执行率" + PCT)
    chk_eq(ctx, N(m.group(1)), tot["annual"], "调整后 restated")
    chk_eq(ctx, N(m.group(2)), tot["spent"], "执行 restated")
    chk_rate(ctx, N(m.group(3)), N(m.group(2)), N(m.group(1)), "执行率 prose")
    un = N(ctx.one(r"未执行的" + NUM + "万元").group(1))
    chk_diff(ctx, un, tot["annual"], tot["spent"], "未执行 = 调整后 - 执行")

    ssec = ctx.section("子项目                    预算数", "（三）财务管理")
    subs = {}
    for ln in ssec.split("\n")[1:]:
        c = ln.split()
        if len(c) == 4:
            subs[c[0]] = {"b": N(c[1]), "s": N(c[2]), "rate": pct_or_none(c[3])}
    stot = subs.pop("合计")
    chk_sum(ctx, stot["b"], [r["b"] for r in subs.values()], "sub budgets")
    chk_sum(ctx, stot["s"], [r["s"] for r in subs.values()], "sub spending")
    for k, r in subs.items():
        chk_rate(ctx, r["rate"], r["s"], r["b"], f"sub {k}")
    chk_rate(ctx, stot["rate"], stot["s"], stot["b"], "sub total")
    chk_eq(ctx, stot["b"], tot["annual"], "sub total budget vs funds")
    chk_eq(ctx, stot["s"], tot["spent"], "sub total spending vs funds")

    tsec = ctx.section("乡镇（街道）   调查渠系长度", "平均每个乡镇")
    towns = {}
    for ln in tsec.split("\n")[1:]:
        c = ln.split()
        if len(c) == 4:
            towns[c[0]] = [N(x) for x in c[1:]]
    ttot = towns.pop("合计")
    for i, cn in enumerate(("渠系长度", "遗产要素", "入户访谈")):
        chk_sum(ctx, ttot[i], [v[i] for v in towns.values()], f"township {cn}")
    m = ctx.one(r"平均每个乡镇（街道）调查渠系" + NUM + r"公里、登录遗产要素" + NUM + r"处、入户访谈" + NUM + "人次")
    for i, cn in enumerate(("渠系长度", "遗产要素", "入户访谈")):
        chk_avg(ctx, N(m.group(i + 1)), [v[i] for v in towns.values()], len(towns), f"average {cn}")
    m = ctx.one(r"漹城街道、甘江镇登录遗产要素分别为" + NUM + r"处和" + NUM + r"处，合计占登录总数的" + PCT)
    a, b = N(m.group(1)), N(m.group(2))
    chk_eq(ctx, a, towns["漹城街道"][1], "漹城街道 遗产要素 prose vs table")
    chk_eq(ctx, b, towns["甘江镇"][1], "甘江镇 遗产要素 prose vs table")
    chk_rate(ctx, N(m.group(3)), N(str(a.v + b.v)), ttot[1], "share of 漹城+甘江")

    isec = ctx.section("（一）预算执行情况", "\n新增展板及实物展品")
    rows, blocks, cur = [], [], None
    total_cells = None
    for ln in isec.split("\n"):
        if not ln.strip() or ln.startswith("二级指标"):
            continue
        mb = re.match(r"（[一二三四]）\S+?（" + NUM + "分）", ln)
        if mb:
            cur = (N(mb.group(1)), [])
            blocks.append(cur)
            continue
        if ln.startswith("总分"):
            total_cells = ln.split()
            continue
        c = ln.split()
        r = {"name": c[-6], "weight": c[-5], "target": c[-4], "actual": c[-3], "completion": c[-2],
             "score": c[-1]}
        rows.append(r)
        cur[1].append(r["name"])
    ind = chk_indicators(ctx, rows, N(total_cells[1]), N(total_cells[2]), blocks=blocks)
    ex = ind["预算执行率"]
    chk_eq(ctx, N(ex["actual"].rstrip("%")), tot["rate"], "execution rate indicator vs funds", code="rate_mismatch")
    chk_eq(ctx, N(ex["score"]), N(tot["s"]), "execution score indicator vs funds")

    def act(name):
        return parse_value(ind[name]["actual"])

    for nm, i in (("调查渠系长度", 0), ("登录遗产要素", 1)):
        a = act(nm)
        if a["kind"] == "num":
            chk_eq(ctx, a["n"], ttot[i], f"{nm} indicator vs township 合计")
    m = ctx.one(r"新增展板及实物展品" + NUM + r"件，较目标少" + NUM + r"件.*?计" + NUM + "分")
    a, tg = act("新增展板及实物展品"), parse_value(ind["新增展板及实物展品"]["target"])
    if a["kind"] == "num":
        chk_eq(ctx, N(m.group(1)), a["n"], "展品 prose vs table")
        chk_diff(ctx, N(m.group(2)), tg["n"], N(m.group(1)), "展品 shortfall", code="conflicting_values")
    chk_eq(ctx, N(m.group(3)), N(ind["新增展板及实物展品"]["score"]), "展品 score prose vs table")
    m = ctx.one(r"布展面积" + NUM + r"平方米，按布展支出" + NUM + r"万元计算，单位面积造价" + NUM + "元")
    area, spend, unit_cost = N(m.group(1)), N(m.group(2)), N(m.group(3))
    chk_eq(ctx, spend, subs["遗产展示馆布展提升"]["s"], "布展 spending prose vs sub table")
    chk_avg(ctx, unit_cost, spend, 1, "cost per m2", scale=Decimal(10000) / area.v)
    c = act("布展单位面积造价")
    if c["kind"] == "num":
        chk_eq(ctx, unit_cost, c["n"], "cost per m2 prose vs table")
    m = ctx.one(r"完成东风堰干支渠调查不少于" + NUM + r"公里，登录遗产要素不少于" + NUM + r"处，展示馆新增展板及实物展品不少于"
                + NUM + r"件，设置解说标识不少于" + NUM + "块")
    for val, nm in zip(m.groups(), ("调查渠系长度", "登录遗产要素", "新增展板及实物展品", "解说标识设置")):
        chk_eq(ctx, N(val), parse_value(ind[nm]["target"])["n"], f"{nm} target goals vs table")
    chk_eq(ctx, N(ex["weight"]), N(tot["w"]), "execution weight indicator vs funds", code="weight_sum_mismatch")
    m = ctx.one(r"展示馆全年接待参观不少于" + NUM + "万人次")
    chk_eq(ctx, N(m.group(1)), parse_value(ind["展示馆接待参观"]["target"])["n"], "接待 target goals vs table")
    m = ctx.one(r"资金执行率" + PCT + "；")
    chk_eq(ctx, N(m.group(1)), subs["申遗档案整理与监测"]["rate"], "申遗 rate problems vs table")
    m = ctx.one(r"自评得分" + NUM + r"分，等级为(优秀|良好|中等|较差|优|良|中|差)")
    total = N(m.group(1))
    chk_eq(ctx, total, N(total_cells[2]), "total prose vs table")
    chk_grade(ctx, total, m.group(2))


# ----------------------------------------------------------------------------------------------
# Draft 4: 沂南县水利局 2022 部门整体支出 (共性 / 个性 tables, space-aligned)


def check_yinan(ctx):
    t = ctx.t
    Y = int(ctx.one(r"^沂南县水利局(\d{4})年度部门整体支出").group(1))
    chk_years(ctx, Y)
    init_p = N(ctx.one(r"部门年初预算" + NUM + "万元").group(1))
    annual_p = N(ctx.one(r"调整后全年预算" + NUM + "万元").group(1))
    m = ctx.one(r"当年财政拨款" + NUM + r"万元、上年结转资金" + NUM + "万元")
    chk_sum(ctx, annual_p, [N(m.group(1)), N(m.group(2))], "全年预算 = 财政拨款 + 上年结转")
    fsec = ctx.section("收支项目", "\n全年执行")
    f = {}
    for lab in ("合计", "基本支出", "项目支出"):
        c = ctx.line(lab, text=fsec)
        f[lab] = {"init": N(c[1]), "annual": N(c[2]), "spent": N(c[3]), "rate": pct_or_none(c[4])}
    for col in ("init", "annual", "spent"):
        chk_sum(ctx, f["合计"][col], [f["基本支出"][col], f["项目支出"][col]], f"funds {col}")
    for lab, r in f.items():
        chk_rate(ctx, r["rate"], r["spent"], r["annual"], f"funds {lab}")
    tot = f["合计"]
    chk_eq(ctx, tot["init"], init_p, "年初 table vs prose")
    chk_eq(ctx, tot["annual"], annual_p, "全年 table vs prose")
    m = ctx.one(r"全年执行" + NUM + r"万元，年末结转结余" + NUM + "万元")
    spent_p, bal = N(m.group(1)), N(m.group(2))
    chk_eq(ctx, spent_p, tot["spent"], "执行 prose vs table")
    chk_diff(ctx, bal, tot["annual"], tot["spent"], "结转结余 = 全年 - 执行")
    m = ctx.one(r"\"三公\"经费预算" + NUM + r"万元，实际支出" + NUM + "万元")
    sg_b, sg_s = N(m.group(1)), N(m.group(2))
    m = ctx.one(r"政府采购预算" + NUM + r"万元，实际完成采购" + NUM + "万元")
    gp_b, gp_s = N(m.group(1)), N(m.group(2))

    psec = ctx.section("项目名称", "小型水库除险加固前期工作")
    projs = {}
    for ln in psec.split("\n")[1:]:
        c = ln.split()
        if len(c) == 4:
            projs[c[0]] = {"b": N(c[1]), "s": N(c[2]), "rate": pct_or_none(c[3])}
    ptot = projs.pop("合计")
    chk_sum(ctx, ptot["b"], [r["b"] for r in projs.values()], "project budgets")
    chk_sum(ctx, ptot["s"], [r["s"] for r in projs.values()], "project spending")
    for k, r in projs.items():
        chk_rate(ctx, r["rate"], r["s"], r["b"], f"project {k}")
    chk_rate(ctx, ptot["rate"], ptot["s"], ptot["b"], "project total")
    chk_eq(ctx, ptot["b"], f["项目支出"]["annual"], "project total budget vs funds 项目支出")
    chk_eq(ctx, ptot["s"], f["项目支出"]["spent"], "project total spending vs funds 项目支出")
    m = ctx.one(r"遗产点" + NUM + r"处，每处建档费用约" + NUM + "元")
    heritage_n = N(m.group(1))
    chk_avg(ctx, N(m.group(2), approx=True), projs["水文化遗产调查及保护利用"]["s"], int(heritage_n.v),
            "建档 cost per point (元)", scale=Decimal(10000))
    m = ctx.one(r"完成投资" + NUM + r"万元，新建滨河步道" + NUM + r"公里，景区全年接待游客" + NUM + "万人次")
    chk_eq(ctx, N(m.group(1)), projs["沂河水利风景区提升"]["s"], "风景区 投资 prose vs project table")
    walk_p, visit_p = N(m.group(2)), N(m.group(3))
    m = ctx.one(r"结转" + NUM + r"万元至\d{4}年")
    chk_diff(ctx, N(m.group(1)), projs["水土保持综合治理"]["b"], projs["水土保持综合治理"]["s"],
             "水土保持 carry-over = budget - spent")

    # 共性 / 个性 tables: name target actual completion weight score; 小计 weight score
    def table(start, end):
        sec = ctx.section(start, end)
        rows, sub = [], None
        for ln in sec.split("\n")[2:]:
            if not ln.strip():
                continue
            c = ln.split()
            if c[0] == "小计":
                sub = (N(c[1]), N(c[2]))
                continue
            rows.append({"name": c[0], "target": c[1], "actual": c[2], "completion": c[3],
                         "weight": c[4], "score": c[5]})
        return rows, sub

    g_rows, g_sub = table("（一）共性指标", "（二）个性指标")
    x_rows, x_sub = table("（二）个性指标", "治理水土流失面积完成")
    gw = N(ctx.one(r"（一）共性指标（" + NUM + "分）").group(1))
    xw = N(ctx.one(r"（二）个性指标（" + NUM + "分）").group(1))
    chk_eq(ctx, gw, g_sub[0], "共性 heading vs 小计 weight", code="weight_sum_mismatch")
    chk_eq(ctx, xw, x_sub[0], "个性 heading vs 小计 weight", code="weight_sum_mismatch")
    allrows = g_rows + x_rows
    ind = chk_indicators(ctx, allrows, N(str(g_sub[0].v + x_sub[0].v)), N(str(g_sub[1].v + x_sub[1].v)),
                         blocks=[(g_sub[0], [r["name"] for r in g_rows]), (x_sub[0], [r["name"] for r in x_rows])])
    # block score sums (小计)
    for rows, sub, nm in ((g_rows, g_sub, "共性"), (x_rows, x_sub, "个性")):
        s = sum((N(r["score"]).v for r in rows), Decimal(0))
        if not consistent(sub[1], s):
            ctx.e("score_sum_mismatch", f"{nm} scores add up to {s}, 小计 {sub[1].s}")

    def act(name):
        return parse_value(ind[name]["actual"])

    a = act("预算执行率")
    chk_eq(ctx, a["n"], tot["rate"], "预算执行率 indicator vs funds", code="rate_mismatch")
    exec_score_rule(ctx, N(ind["预算执行率"]["weight"]), N(ind["预算执行率"]["score"]), tot["rate"], "execution")
    chk_rate(ctx, act("预算调整率")["n"], N(str(tot["annual"].v - tot["init"].v)), tot["init"], "预算调整率")
    chk_rate(ctx, act("结转结余率")["n"], bal, tot["annual"], "结转结余率")
    chk_rate(ctx, act("\"三公\"经费控制率")["n"], sg_s, sg_b, "三公经费控制率")
    chk_rate(ctx, act("政府采购执行率")["n"], gp_s, gp_b, "政府采购执行率")
    for nm, val in (("水文化遗产点登录数", heritage_n), ("水利风景区新建步道", walk_p), ("水利风景区接待游客", visit_p)):
        a = act(nm)
        if a["kind"] == "num":
            chk_eq(ctx, val, a["n"], f"{nm} prose vs table")
    m = ctx.one(r"治理水土流失面积完成" + NUM + r"平方公里，为目标的" + NUM + r"%，按比例计" + NUM + "分")
    r = ind["治理水土流失面积"]
    a = act("治理水土流失面积")
    if a["kind"] == "num":
        chk_eq(ctx, N(m.group(1)), a["n"], "水土流失 prose vs table")
        chk_rate(ctx, N(m.group(2)), N(m.group(1)), parse_value(r["target"])["n"], "水土流失 completion prose",
                 code="completion_mismatch")
    chk_eq(ctx, N(m.group(3)), N(r["score"]), "水土流失 score prose vs table")
    m = ctx.one(r"共性指标" + NUM + r"分加个性指标" + NUM + r"分，合计" + NUM + r"分，综合评定等级为“(优秀|良好|中等|较差|优|良|中|差)”")
    gs, xs, total = N(m.group(1)), N(m.group(2)), N(m.group(3))
    chk_eq(ctx, gs, g_sub[1], "共性 score prose vs 小计")
    chk_eq(ctx, xs, x_sub[1], "个性 score prose vs 小计")
    chk_sum(ctx, total, [gs, xs], "total = 共性 + 个性")
    if not consistent(total, g_sub[1].v + x_sub[1].v):
        ctx.e("score_sum_mismatch", "total vs 小计 sum")
    chk_grade(ctx, total, m.group(4))
    m = ctx.one(r"项目支出执行率" + PCT + r"，水土保持综合治理项目执行率仅" + PCT)
    chk_eq(ctx, N(m.group(1)), f["项目支出"]["rate"], "项目支出执行率 problems vs table")
    chk_eq(ctx, N(m.group(2)), projs["水土保持综合治理"]["rate"], "水土保持执行率 problems vs table")


# ----------------------------------------------------------------------------------------------
# Draft 5: 罗田县水利局 2024 义水河水利风景区 (tab tables, Hubei-style 20-point execution)


def check_luotian(ctx):
    t = ctx.t
    Y = int(ctx.one(r"^(\d{4})年度义水河水利风景区").group(1))
    chk_years(ctx, Y)
    m = ctx.one(r"项目全年预算" + NUM + r"万元，其中省级水利风景区建设补助资金" + NUM + r"万元（贰佰伍拾万元整）、县级配套资金" + NUM + "万元")
    annual_p, prov_p, cnty_p = N(m.group(1)), N(m.group(2)), N(m.group(3))
    chk_sum(ctx, annual_p, [prov_p, cnty_p], "全年预算 = 省级 + 县级")
    chk_eq(ctx, prov_p, N("250"), "省级 in figures vs in words (贰佰伍拾万元)")
    inst = ctx.one(r"提前下达" + NUM + r"万元，\d{4}年\d{1,2}月下达" + NUM + "万元")
    fsec = ctx.section("资金来源\t全年预算数", "截至")
    f = {}
    for lab in ("省级补助", "县级配套", "合计"):
        c = ctx.line(lab, "\t", fsec)
        f[lab] = {"b": N(c[1]), "r": N(c[2]), "s": N(c[3]), "rate": pct_or_none(c[4])}
    for col in ("b", "r", "s"):
        chk_sum(ctx, f["合计"][col], [f["省级补助"][col], f["县级配套"][col]], f"funds column {col}")
    for lab, r in f.items():
        chk_rate(ctx, r["rate"], r["s"], r["b"], f"funds {lab}")
    tot = f["合计"]
    chk_sum(ctx, f["省级补助"]["b"], [N(inst.group(1)), N(inst.group(2))], "省级 instalments")
    m = ctx.one(r"资金全部到位，到位率" + PCT)
    chk_rate(ctx, N(m.group(1)), tot["r"], tot["b"], "到位率")
    if N(m.group(1)).v == 100:
        chk_eq(ctx, tot["r"], tot["b"], "到位率100% implies 到位 = 预算", code="rate_mismatch")
    chk_eq(ctx, tot["b"], annual_p, "全年 table vs prose")
    chk_eq(ctx, f["省级补助"]["b"], prov_p, "省级 table vs prose")
    chk_eq(ctx, f["县级配套"]["b"], cnty_p, "县级 table vs prose")
    m = ctx.one(r"项目执行" + NUM + r"万元，预算执行率" + PCT)
    chk_eq(ctx, N(m.group(1)), tot["s"], "执行 prose vs table")
    chk_rate(ctx, N(m.group(2)), N(m.group(1)), annual_p, "执行率 prose")
    un = N(ctx.one(r"未支出的" + NUM + "万元").group(1))
    chk_diff(ctx, un, tot["b"], tot["s"], "未支出 = 预算 - 执行")

    ssec = ctx.section("子项目\t预算数", "智慧导览及标识系统支出")
    subs = {}
    for ln in ssec.split("\n")[1:]:
        c = ln.split("\t")
        if len(c) == 4:
            subs[c[0]] = {"b": N(c[1]), "s": N(c[2]), "rate": pct_or_none(c[3])}
    stot = subs.pop("合计")
    chk_sum(ctx, stot["b"], [r["b"] for r in subs.values()], "sub budgets")
    chk_sum(ctx, stot["s"], [r["s"] for r in subs.values()], "sub spending")
    for k, r in subs.items():
        chk_rate(ctx, r["rate"], r["s"], r["b"], f"sub {k}")
    chk_rate(ctx, stot["rate"], stot["s"], stot["b"], "sub total")
    chk_eq(ctx, stot["b"], tot["b"], "sub total budget vs funds")
    chk_eq(ctx, stot["s"], tot["s"], "sub total spending vs funds")
    m = ctx.one(r"智慧导览及标识系统支出" + NUM + r"万元，其中导览小程序开发" + NUM + r"万元、标识标牌" + NUM + "万元")
    chk_eq(ctx, N(m.group(1)), subs["智慧导览及标识系统"]["s"], "导览 spending prose vs table")
    chk_sum(ctx, N(m.group(1)), [N(m.group(2)), N(m.group(3))], "导览 = 小程序 + 标牌")
    sign_money = N(m.group(3))
    m = ctx.one(r"全年安装标识标牌" + NUM + r"块，平均每块" + NUM + "元")
    signs = N(m.group(1))
    chk_avg(ctx, N(m.group(2)), sign_money, int(signs.v), "cost per sign (元)", scale=Decimal(10000))

    qsec = ctx.section("季度\t接待游客", "全年季度平均")
    qs = {}
    for ln in qsec.split("\n")[1:]:
        c = ln.split("\t")
        if len(c) == 3:
            qs[c[0]] = [N(c[1]), N(c[2])]
    qtot = qs.pop("合计")
    chk_sum(ctx, qtot[0], [v[0] for v in qs.values()], "quarterly visitors")
    chk_sum(ctx, qtot[1], [v[1] for v in qs.values()], "quarterly study groups")
    m = ctx.one(r"全年季度平均接待游客" + NUM + r"万人次，平均每季度接待研学团队" + NUM + "批次")
    chk_avg(ctx, N(m.group(1)), [v[0] for v in qs.values()], len(qs), "average visitors per quarter")
    chk_avg(ctx, N(m.group(2)), [v[1] for v in qs.values()], len(qs), "average study groups per quarter")

    isec = ctx.section("一级指标\t二级指标\t三级指标", "指标说明")
    lines = [ln for ln in isec.split("\n")[1:] if ln.strip()]
    body = [ln for ln in lines if not ln.startswith("合计")]
    total_cells = ctx.line("合计", "\t", isec)
    rows = rows_from_right(body, "\t", ["target", "actual", "completion", "weight", "score"])
    ind = chk_indicators(ctx, rows, N(total_cells[-2]), N(total_cells[-1]))
    m = ctx.one(r"预算执行率分值" + NUM + r"分，按执行率计分；产出、效益和满意度指标合计" + NUM + "分")
    ex = ind["预算执行率"]
    chk_eq(ctx, N(m.group(1)), N(ex["weight"]), "execution weight prose vs table", code="weight_sum_mismatch")
    others = sum((N(r["weight"]).v for r in rows if r["name"] != "预算执行率"), Decimal(0))
    if not consistent(N(m.group(2)), others):
        ctx.e("weight_sum_mismatch", f"indicator weights {others}, stated {m.group(2)}")
    chk_eq(ctx, N(ex["actual"].rstrip("%")), tot["rate"], "execution rate indicator vs funds", code="rate_mismatch")
    exec_score_rule(ctx, N(ex["weight"]), N(ex["score"]), tot["rate"], "execution row")

    def act(name):
        return parse_value(ind[name]["actual"])

    m = ctx.one(r"按滨水绿道支出" + NUM + r"万元除以建成长度" + NUM + r"公里计算，为" + NUM + "万元")
    sp, ln_, cst = N(m.group(1)), N(m.group(2)), N(m.group(3))
    chk_eq(ctx, sp, subs["义水河滨水绿道"]["s"], "绿道 spending prose vs table")
    a = act("滨水绿道长度")
    if a["kind"] == "num":
        chk_eq(ctx, ln_, a["n"], "绿道 length prose vs table")
    chk_avg(ctx, cst, sp, 1, "cost per km", scale=Decimal(1) / ln_.v)
    c = act("绿道每公里造价")
    if c["kind"] == "num":
        chk_eq(ctx, cst, c["n"], "cost per km prose vs table")
    m = ctx.one(r"导览标识安装" + NUM + r"块，较目标少" + NUM + "块")
    a, tg = act("导览标识"), parse_value(ind["导览标识"]["target"])
    if a["kind"] == "num":
        chk_eq(ctx, N(m.group(1)), a["n"], "标识 prose vs table")
        chk_eq(ctx, signs, a["n"], "标识 count (funds prose) vs table")
        chk_diff(ctx, N(m.group(2)), tg["n"], N(m.group(1)), "标识 shortfall", code="conflicting_values")
    m = ctx.one(r"全年接待游客" + NUM + r"万人次，\d{4}年为" + NUM + "万人次")
    v = N(m.group(1))
    a = act("年接待游客")
    if a["kind"] == "num":
        chk_eq(ctx, v, a["n"], "游客 prose vs indicator table")
        chk_eq(ctx, a["n"], qtot[0], "游客 indicator vs quarterly 合计")
    else:
        chk_eq(ctx, v, qtot[0], "游客 prose vs quarterly 合计")
    m = ctx.one(r"周边群众满意度" + PCT + r"，未达到" + PCT + "的目标")
    a = act("周边群众满意度")
    if a["kind"] == "num":
        chk_eq(ctx, N(m.group(1)), a["n"], "满意度 prose vs table")
    chk_eq(ctx, N(m.group(2)), parse_value(ind["周边群众满意度"]["target"])["n"], "满意度 target prose vs table")
    m = ctx.one(r"县级配套资金执行率" + PCT)
    chk_eq(ctx, N(m.group(1)), f["县级配套"]["rate"], "县级执行率 problems vs table")
    m = ctx.one(r"自评得分" + NUM + r"分，评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    total = N(m.group(1))
    chk_eq(ctx, total, N(total_cells[-1]), "total prose vs table")
    chk_grade(ctx, total, m.group(2))


CHECKERS = {
    "zj-lishui-shuiwenhua-2025": check_lishui,
    "jx-yongfeng-slfjq-2019": check_yongfeng,
    "sc-jiajiang-dongfengyan-2021": check_jiajiang,
    "sd-yinan-shuiliju-bumen-2022": check_yinan,
    "hb-luotian-slfjq-2024": check_luotian,
}


def run_checks(source, text):
    ctx = Ctx(text)
    CHECKERS[source](ctx)
    return ctx


def edit_region(a, b):
    """Minimal single differing region between a and b: (start, end_in_a, end_in_b)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    failures = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(ln) for ln in fh if ln.strip()]
    if len(labels) != 35:
        failures.append(f"expected 35 label lines, got {len(labels)}")
    counts = {c: 0 for c in CODES_A}
    cleans = {}
    for rec in labels:
        if rec["clean"]:
            with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
                cleans[rec["source"]] = fh.read()
    if len(cleans) != 5:
        failures.append(f"expected 5 clean drafts, got {len(cleans)}")
    for src, text in cleans.items():
        n = len(text)
        if not 1500 <= n <= 5000:
            failures.append(f"{src}: clean draft has {n} characters")
    for rec in labels:
        name = rec["case"]
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            text = fh.read()
        try:
            ctx = run_checks(rec["source"], text)
        except ParseError as exc:
            failures.append(f"{name}: could not read the figures back: {exc}")
            continue
        got = sorted(set(c for c, _ in ctx.errors))
        if rec["clean"]:
            if rec["expected"]:
                failures.append(f"{name}: clean case with expected findings")
            if ctx.errors:
                failures.append(f"{name}: clean draft fails {ctx.errors}")
            if ctx.warnings:
                failures.append(f"{name}: clean draft has warnings {ctx.warnings}")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            failures.append(f"{name}: expected exactly one label, got {len(exp)}")
            continue
        lab = exp[0]
        code = lab["code"]
        if code not in CODES_A:
            failures.append(f"{name}: unknown code {code}")
        counts[code] = counts.get(code, 0) + 1
        if lab.get("severity") != "error":
            failures.append(f"{name}: severity must be error")
        if got != [code]:
            failures.append(f"{name}: labelled {code}, checks report {got}: {ctx.errors}")
        value = lab["value"]
        if text.count(value) != 1:
            failures.append(f"{name}: value occurs {text.count(value)} times")
            continue
        clean = cleans[rec["source"]]
        if text == clean:
            failures.append(f"{name}: identical to the clean draft")
            continue
        p, ea, eb = edit_region(clean, text)
        size = max(ea - p, eb - p)
        if size > 40:
            failures.append(f"{name}: edit region {size} characters")
        # the case must be exactly clean[:p] + text[p:eb] + clean[ea:] (one contiguous edit)
        if clean[:p] + text[p:eb] + clean[ea:] != text:
            failures.append(f"{name}: not a single contiguous edit")
        vi = text.find(value)
        ve = vi + len(value)
        es, ee = p, max(eb, p + 1)
        if not (vi < ee and es < ve):
            failures.append(f"{name}: edit [{p},{eb}) does not overlap the value [{vi},{ve})")
        if not ("explanation" in lab and lab["explanation"]):
            failures.append(f"{name}: missing explanation")
    for c in CODES_A:
        if counts.get(c, 0) < 2:
            failures.append(f"code {c} labelled {counts.get(c, 0)} times (< 2)")
    if failures:
        for f in failures:
            print("FAIL", f)
        sys.exit(1)
    summary = ", ".join(f"{c}={counts[c]}" for c in CODES_A)
    print(f"{len(labels)} cases, {len(cleans)} clean; per code: {summary}")
    print("OK")


if __name__ == "__main__":
    main()
