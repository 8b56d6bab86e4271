#!/usr/bin/env python3
"""Verify the labelled set in ./cases against ./labels.jsonl (standard library only).

1. every label value occurs in its case; every error case differs from its clean draft in one
   contiguous place that overlaps the label value; every code of errors.md section A occurs >= 2 times;
2. the arithmetic of every draft is redone from the text with decimal.Decimal (tolerance of
   rules.md section 8: a stated value with d decimals matches a computed value c when
   |c - v| <= 0.5 * 10**-d): clean drafts must pass every check (and raise no score-rule warning);
   an error case must fail its labelled code and no other error-level code.
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
SCALES = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]
HUNDRED = D(100)


class ExtractError(Exception):
    pass


# --------------------------------------------------------------------------- numbers
def num(s):
    return D(str(s).replace(",", "").strip())


def places(s):
    s = str(s).replace(",", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -places(s)) + D("1e-9")


def ok(stated, computed):
    return abs(computed - num(stated)) <= tol(stated)


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
               "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


# --------------------------------------------------------------------------- context
class Ctx:
    def __init__(self, text):
        self.t = text
        self.F = []   # (code, message) error-level findings
        self.W = []   # warnings (score rule)

    # ---- extraction
    def one(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ExtractError(f"pattern {pat!r} matched {len(ms)} times")
        g = ms[0].groups()
        return g if len(g) != 1 else g[0]

    def line(self, prefix, sep):
        ls = [l for l in self.t.split("\n") if l.startswith(prefix)]
        if len(ls) != 1:
            raise ExtractError(f"row {prefix!r} found {len(ls)} times")
        return ls[0].split(sep)

    def rows_after(self, header, sep, stop=("总分", "合计")):
        lines = self.t.split("\n")
        idx = [i for i, l in enumerate(lines) if l == header]
        if not idx:
            raise ExtractError(f"header {header!r} not found")
        tables = []
        for i in idx:
            rows, total = [], None
            for l in lines[i + 1:]:
                if sep not in l:
                    break
                cells = l.split(sep)
                if cells[0] in stop:
                    total = cells
                    break
                rows.append(cells)
            tables.append((rows, total))
        return tables

    # ---- findings
    def err(self, code, msg):
        self.F.append((code, msg))

    def rel(self, code, label, stated, fn, *inputs):
        """stated (string) must equal fn(*inputs); a failure explained by rescaling one money
        figure by 10^4 / 10^8 is reported as unit_mismatch (most specific explanation)."""
        vals = [num(x) for x in inputs]
        if ok(stated, fn(*vals)):
            return True
        for f in SCALES:
            if abs(num(stated) * f - fn(*vals)) <= tol(stated) * f:
                self.err("unit_mismatch", f"{label}: stated {stated} off by a power of ten")
                return False
        for i in range(len(vals)):
            for f in SCALES:
                vv = list(vals)
                vv[i] = vv[i] * f
                try:
                    if ok(stated, fn(*vv)):
                        self.err("unit_mismatch", f"{label}: input {inputs[i]} off by a power of ten")
                        return False
                except ArithmeticError:
                    pass
        self.err(code, f"{label}: stated {stated}, computed {fn(*vals):.4f}")
        return False

    def total(self, code, label, stated, *parts):
        return self.rel(code, label, stated, lambda *v: sum(v, D(0)), *parts)

    def diff(self, code, label, stated, a, b):
        return self.rel(code, label, stated, lambda x, y: x - y, a, b)

    def prod(self, label, stated_wan, count, unit_yuan):
        """count x per-unit 元 = amount in 万元"""
        return self.rel("sum_mismatch", label, stated_wan, lambda c, u: c * u / D(10000), count, unit_yuan)

    def rate(self, label, stated, n, d, code="rate_mismatch"):
        if num(d) == 0:
            if num(stated) != 0:
                self.err("implausible_rate", f"{label}: rate {stated}% on a zero base")
            return
        if self.rel(code, label, stated, lambda a, b: a / b * HUNDRED, n, d):
            if num(stated) > HUNDRED:
                self.err("implausible_rate", f"{label}: rate {stated}% above 100%")

    def pct(self, label, stated):
        if num(stated) > HUNDRED or num(stated) < 0:
            self.err("implausible_rate", f"{label}: {stated}% outside [0, 100]")

    def same(self, label, a, b, code="conflicting_values"):
        """two statements of one quantity must agree (to the coarser precision)"""
        x, y = num(a), num(b)
        t = max(tol(a), tol(b))
        if abs(x - y) <= t:
            return True
        for f in SCALES:
            if abs(x * f - y) <= t * max(f, 1) or abs(y * f - x) <= t * max(f, 1):
                self.err("unit_mismatch", f"{label}: {a} vs {b} differ by a power of ten")
                return False
        self.err(code, f"{label}: {a} vs {b}")
        return False

    def year_eq(self, label, y, year):
        if int(y) != year:
            self.err("year_mismatch", f"{label}: {y} for the {year} report")

    def year_after(self, label, y, year):
        if int(y) <= year:
            self.err("year_mismatch", f"{label}: carried to {y}, not after {year}")

    def grade(self, label, word, total):
        g = GRADE_WORDS.get(word.strip())
        if g is None:
            raise ExtractError(f"unknown grade word {word!r}")
        if g != grade_of(num(total)):
            self.err("grade_mismatch", f"{label}: {word} for total {total}")

    def score_rule(self, label, weight, score, completion, stated_completion=None):
        """warning only: score = weight x min(completion, 100%) (either from the computed or the printed completion)"""
        cands = [num(weight) * min(completion, HUNDRED) / HUNDRED]
        if stated_completion is not None:
            cands.append(num(weight) * min(num(stated_completion), HUNDRED) / HUNDRED)
        if not any(ok(score, c) for c in cands):
            self.W.append(f"{label}: score {score}, rule gives {cands[0]:.2f}")


# --------------------------------------------------------------------------- indicator rows
TGT = re.compile(r"^(≥|≤|＞|＜|＝|=|>|<)?\s*(\d+(?:\.\d+)?)(.*)$")


def direction(sign):
    if sign in ("≥", "＞", ">"):
        return "gte"
    if sign in ("≤", "＜", "<"):
        return "lte"
    return "eq"


def parse_actual(s):
    s = re.sub(r"（目标[^）]*）", "", s).strip()
    m = re.match(r"^(\d+(?:\.\d+)?)/(\d+(?:\.\d+)?)$", s)
    if m:
        return m.group(1), None, m.group(2)
    m = re.match(r"^(\d+(?:\.\d+)?)(.*)$", s)
    if m:
        return m.group(1), m.group(2).strip(), None
    return None


def completion(dirn, a, t):
    if dirn == "lte":
        return HUNDRED if a <= t else t / a * HUNDRED
    return a / t * HUNDRED


def indicator_rows(ctx, rows, *, name, target, actual, weight, score, comp=None, sign=None, unit=None):
    """generic checks of indicator rows; returns (sum of weights, sum of scores, {name: row info})"""
    sw, ss, info = D(0), D(0), {}
    for r in rows:
        nm = r[name]
        w, s = r[weight], r[score]
        sw += num(w)
        ss += num(s)
        info[nm] = {"row": r, "weight": w, "score": s}
        if num(s) > num(w) or num(s) < 0:
            ctx.err("score_exceeds_weight", f"{nm}: score {s} > weight {w}")
        if sign is not None:                       # Sichuan layout: sign | value | unit columns
            if r[sign] == "定性":
                continue
            dirn, tval, tunit = direction(r[sign]), r[target], r[unit]
        else:
            m = TGT.match(r[target].strip())
            if not m:                              # qualitative row: achieved -> full marks
                if num(s) != num(w):
                    ctx.W.append(f"{nm}: qualitative row scored {s} of {w}")
                continue
            dirn, tval, tunit = direction(m.group(1)), m.group(2), m.group(3).strip()
        pa = parse_actual(r[actual])
        if pa is None:
            ctx.err("unit_mismatch", f"{nm}: actual {r[actual]!r} is not a number in {tunit}")
            continue
        aval, aunit, denom = pa
        if denom is not None:
            aunit = tunit
            ctx.same(f"{nm}: denominator of {r[actual]}", denom, tval)
        if sign is not None and aunit == "":
            aunit = tunit
        info[nm].update(target=tval, actual=aval, unit=tunit, dir=dirn)
        if aunit != tunit:
            ctx.err("unit_mismatch", f"{nm}: target in {tunit!r}, actual in {aunit!r}")
            continue
        if tunit == "%" and num(aval) > HUNDRED:
            ctx.err("implausible_rate", f"{nm}: actual {aval}% above 100%")
        c = completion(dirn, num(aval), num(tval))
        info[nm]["completion"] = c
        sc = None
        if comp is not None:
            sc = r[comp].rstrip("%")
            if not ok(sc, c):
                ctx.err("completion_mismatch", f"{nm}: completion stated {sc}%, computed {c:.2f}%")
                sc = None
        ctx.score_rule(nm, w, s, c, sc)
    return sw, ss, info


def funds_row(ctx, prefix, sep, cols):
    cells = ctx.line(prefix, sep)
    return {k: cells[i].strip() for k, i in cols.items()}


def z(s):
    s = (s or "").strip()
    return "0" if s in ("", "—", "-") else s


# =========================================================================== A: 山西 昔阳县
def check_sx(ctx):
    Y = 2021
    dated(ctx, Y)
    ctx.year_eq("title", ctx.one(r"\n(\d{4})年度听力残疾人助听器适配补贴项目支出绩效自评报告"), Y)
    cols = {"total": 2, "sub": 3, "zy": 4, "sj": 5, "shi": 6, "xq": 7, "jz": 8, "qt": 9}
    rowkeys = {"(1)": "年初预算资金｜", "(2)": "全年预算资金｜", "(3)": "实际到位资金｜", "(4)": "全年执行资金｜",
               "(5)": "资金结余｜", "(6)": "预算到位率(%)｜", "(7)": "预算执行率(%)｜"}
    R = {k: funds_row(ctx, p, "｜", cols) for k, p in rowkeys.items()}
    for k in ["(1)", "(2)", "(3)", "(4)", "(5)"]:
        r = R[k]
        ctx.total("sum_mismatch", f"funds {k} total", z(r["total"]), z(r["sub"]), z(r["jz"]), z(r["qt"]))
        ctx.total("sum_mismatch", f"funds {k} 小计", z(r["sub"]), z(r["zy"]), z(r["sj"]), z(r["shi"]), z(r["xq"]))
    for c in cols:
        b, rec, ex = z(R["(2)"][c]), z(R["(3)"][c]), z(R["(4)"][c])
        if R["(5)"][c] or num(rec) or num(ex):
            ctx.diff("balance_mismatch", f"funds (5) {c}", z(R["(5)"][c]), rec, ex)
        if num(ex) > num(rec) or num(rec) > num(b):
            ctx.err("implausible_rate", f"funds column {c}: 执行 {ex} / 到位 {rec} / 预算 {b} out of order")
        for k, n in (("(6)", rec), ("(7)", ex)):
            st = R[k][c]
            if num(b) == 0:
                if st and num(st) != 0:
                    ctx.err("implausible_rate", f"funds {k} {c}: {st} on a zero base")
                continue
            ctx.rate(f"funds {k} {c}", st, n, b)
    # budget adjustment sentence
    zy, sj = ctx.one(r"先后收到中央残疾人事业发展补助资金([\d.]+)万元和省级补助资金([\d.]+)万元")
    ctx.same("中央 amount", zy, R["(2)"]["zy"])
    ctx.same("省级 amount", sj, R["(2)"]["sj"])
    adj = ctx.one(r"全年预算相应调增为([\d.]+)万元")
    ctx.total("sum_mismatch", "年初 + 中央 + 省级 = 全年", adj, R["(1)"]["total"], zy, sj)
    ctx.same("全年预算 text/table", adj, R["(2)"]["total"])
    # goals
    g_all, g_child, g_towns, g_q, g_sat = ctx.one(
        r"全年为不少于(\d+)名听力残疾人适配助听器，其中听力残疾儿童不少于(\d+)名；在全县(\d+)个乡镇开展听力筛查；"
        r"验配合格率不低于(\d+)%；受助对象满意度不低于(\d+)%")
    # indicator tables
    hdr = "二级指标｜三级指标｜权重｜目标值｜业绩值｜完成率｜得分"
    rows = [r for rs, _ in ctx.rows_after(hdr, "｜") for r in rs]
    sw, ss, info = indicator_rows(ctx, rows, name=1, target=3, actual=4, weight=2, score=6, comp=5)
    if sw != 100:
        ctx.err("weight_sum_mismatch", f"weights add up to {sw}")
    ctx.same("goal 适配数量", g_all, info["助听器适配数量"]["target"])
    ctx.same("goal 儿童", g_child, info["其中：听力残疾儿童适配数量"]["target"])
    ctx.same("goal 乡镇", g_towns, info["开展听力筛查的乡镇数"]["target"])
    ctx.same("goal 合格率", g_q, info["助听器验配合格率"]["target"])
    ctx.same("goal 满意度", g_sat, info["受助对象满意度"]["target"])
    ex_row = info["预算执行率"]
    ctx.rate("indicator 预算执行率", ex_row["row"][4].rstrip("%"), R["(4)"]["total"], R["(2)"]["total"])
    # total and grade
    tot, word = ctx.one(r"总得分([\d.]+)分，评价等级为\"(.+?)\"")
    ctx.total("score_sum_mismatch", "Σ row scores", tot, ss)
    ctx.grade("grade", word, tot)
    # budget execution analysis
    b, rec, rr, sp, er = ctx.one(r"全年预算([\d.]+)万元，实际到位([\d.]+)万元，到位率([\d.]+)%；支出([\d.]+)万元，执行率([\d.]+)%")
    ctx.same("全年预算", b, R["(2)"]["total"])
    ctx.same("到位", rec, R["(3)"]["total"])
    ctx.same("支出", sp, R["(4)"]["total"])
    ctx.rate("text 到位率", rr, rec, b)
    ctx.rate("text 执行率", er, sp, b)
    cb, crec, bal = ctx.one(r"县级配套资金([\d.]+)万元到位([\d.]+)万元，年末结余([\d.]+)万元")
    ctx.same("县级 budget", cb, R["(2)"]["xq"])
    ctx.same("县级 到位", crec, R["(3)"]["xq"])
    ctx.diff("balance_mismatch", "text 结余", bal, R["(3)"]["total"], R["(4)"]["total"])
    ctx.year_after("结转", ctx.one(r"已按规定结转至(\d{4})年继续用于助听器适配"), Y)
    m = ctx.one(r"儿童助听器补贴([\d.]+)万元（(\d+)台，每台(\d+)元），成年及老年助听器补贴([\d.]+)万元（(\d+)台，每台(\d+)元），"
                r"验配评估服务费([\d.]+)万元（(\d+)人次，每人次(\d+)元），听力筛查和宣传培训费([\d.]+)万元，合计([\d.]+)万元")
    a1, n1, p1, a2, n2, p2, a3, n3, p3, a4, tt = m
    ctx.prod("儿童助听器", a1, n1, p1)
    ctx.prod("成年及老年助听器", a2, n2, p2)
    ctx.prod("验配评估服务费", a3, n3, p3)
    ctx.total("sum_mismatch", "支出构成合计", tt, a1, a2, a3, a4)
    ctx.same("支出构成合计 vs 执行", tt, R["(4)"]["total"])
    ctx.same("儿童台数", n1, info["其中：听力残疾儿童适配数量"]["actual"])
    ctx.total("sum_mismatch", "台数 24 + 290", info["助听器适配数量"]["actual"], n1, n2)
    ctx.same("验配人次 = 台数", n3, info["助听器适配数量"]["actual"])
    # outputs text
    n, last, inc, cr = ctx.one(r"全年共验配助听器(\d+)台，比2020年的(\d+)台增加(\d+)台，完成年度目标的([\d.]+)%")
    ctx.same("验配台数", n, info["助听器适配数量"]["actual"])
    ctx.diff("sum_mismatch", "增加台数", inc, n, last)
    ctx.rel("completion_mismatch", "text completion", cr, lambda a, t: a / t * HUNDRED, n,
            info["助听器适配数量"]["target"])
    ch, more = ctx.one(r"其中听力残疾儿童(\d+)名，均为7至17岁在校学生，比目标多(\d+)名")
    ctx.same("儿童", ch, info["其中：听力残疾儿童适配数量"]["actual"])
    ctx.diff("sum_mismatch", "比目标多", more, ch, info["其中：听力残疾儿童适配数量"]["target"])
    tw, done = ctx.one(r"听力筛查在(\d+)个乡镇中完成了(\d+)个")
    ctx.same("乡镇数", tw, info["开展听力筛查的乡镇数"]["target"])
    ctx.same("完成乡镇", done, info["开展听力筛查的乡镇数"]["actual"])
    ded = ctx.one(r"该项按完成比例扣([\d.]+)分")
    r = info["开展听力筛查的乡镇数"]
    ctx.diff("score_sum_mismatch", "扣分", ded, r["weight"], r["score"])
    q, qt = ctx.one(r"验配合格率([\d.]+)%，高于(\d+)%的目标值")
    ctx.same("合格率", q, info["助听器验配合格率"]["actual"])
    ctx.same("合格率目标", qt, info["助听器验配合格率"]["target"])
    imp, wear = ctx.one(r"受助对象听觉言语交流改善率([\d.]+)%，半年后仍坚持佩戴的占([\d.]+)%")
    ctx.same("改善率", imp, info["受助对象听觉言语交流改善率"]["actual"])
    ctx.same("佩戴率", wear, info["助听器持续佩戴率（半年回访）"]["actual"])
    _, sat, sat_last = ctx.one(r"入户发放问卷(\d+)份，测算受助对象满意度为([\d.]+)%，较2020年的([\d.]+)%有所提高")
    ctx.pct("text 满意度", sat)
    ctx.same("满意度 text/table", sat, info["受助对象满意度"]["actual"])
    if not num(sat) > num(sat_last):
        ctx.err("conflicting_values", "满意度 said to rise but does not")


# =========================================================================== B: 江西 金溪县
def check_jx(ctx):
    Y = 2020
    dated(ctx, Y)
    ctx.year_eq("title", ctx.one(r"金溪县残疾人联合会(\d{4})年度残疾人托养服务补助项目"), Y)
    ctx.year_eq("table", ctx.one(r"附件：项目支出绩效自评表（(\d{4})年度）"), Y)
    cols = {"init": 1, "annual": 2, "spent": 3, "w": 4, "rate": 5, "score": 6}
    T = funds_row(ctx, "年度资金总额｜", "｜", cols)
    F = funds_row(ctx, "其中：当年财政拨款｜", "｜", cols)
    C = funds_row(ctx, "上年结转资金｜", "｜", cols)
    O = funds_row(ctx, "其他资金｜", "｜", cols)
    for k in ("init", "annual", "spent"):
        ctx.total("sum_mismatch", f"funds {k}", T[k], z(F[k]), z(C[k]), z(O[k]))
    for nm, r in (("总额", T), ("拨款", F), ("结转", C), ("其他", O)):
        if num(z(r["annual"])) == 0:
            if r["rate"] not in ("—", "", "0"):
                ctx.err("implausible_rate", f"{nm}: rate on zero base")
            continue
        ctx.rate(f"funds {nm} 执行率", r["rate"].rstrip("%"), z(r["spent"]), r["annual"])
    ex_rate = num(T["spent"]) / num(T["annual"]) * HUNDRED
    ctx.score_rule("预算执行", T["w"], T["score"], ex_rate, T["rate"].rstrip("%"))
    # text funds
    y, b, f, c = ctx.one(r"(\d{4})年项目全年预算([\d.]+)万元，由当年财政拨款([\d.]+)万元和上年结转资金([\d.]+)万元组成")
    ctx.year_eq("budget year", y, Y)
    ctx.total("sum_mismatch", "全年 = 拨款 + 结转", b, f, c)
    ctx.same("全年预算", b, T["annual"])
    ctx.same("拨款", f, F["annual"])
    ctx.same("结转", c, C["annual"])
    zy, ay, sj, xj = ctx.one(r"中央财政补助([\d.]+)万元（(\d{4})年12月提前下达）、省级补助([\d.]+)万元、县级配套([\d.]+)万元")
    ctx.year_eq("advance", int(ay) + 1, Y)
    ctx.total("sum_mismatch", "拨款 sources", f, zy, sj, xj)
    init = ctx.one(r"年初预算([\d.]+)万元，6月省级补助下达后")
    ctx.same("年初预算", init, T["init"])
    ctx.total("sum_mismatch", "年初 = 中央 + 县级", init, zy, xj)
    # goals
    g = ctx.one(r"为不少于(\d+)名残疾人提供托养服务，其中寄宿制托养(\d+)人、日间照料(\d+)人、居家托养(\d+)人；培训托养护理员(\d+)人次；"
                r"托养对象生活自理能力提升率达到(\d+)%以上，服务对象满意度不低于(\d+)%")
    g_tot, g_js, g_rj, g_jj, g_px, g_zl, g_my = g
    ctx.total("sum_mismatch", "目标人数", g_tot, g_js, g_rj, g_jj)
    sent, back = ctx.one(r"发放问卷(\d+)份，收回有效问卷(\d+)份")
    if num(back) > num(sent):
        ctx.err("implausible_rate", "more questionnaires returned than sent")
    # indicators
    hdr = "一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜偏差原因分析及改进措施"
    (rows, tot_row), = ctx.rows_after(hdr, "｜")
    sw, ss, info = indicator_rows(ctx, rows, name=2, target=3, actual=4, weight=5, score=6)
    if sw + num(T["w"]) != 100 or num(tot_row[5]) != 100:
        ctx.err("weight_sum_mismatch", f"weights add up to {sw + num(T['w'])}")
    ctx.total("score_sum_mismatch", "Σ scores", tot_row[6], ss, T["score"])
    for nm, gv in (("寄宿制托养人数", g_js), ("日间照料人数", g_rj), ("居家托养人数", g_jj),
                   ("托养护理员培训人次", g_px), ("托养对象自理能力提升率", g_zl), ("托养对象及监护人满意度", g_my)):
        ctx.same(f"goal {nm}", gv, info[nm]["target"])
    ty, ts, tg = ctx.one(r"本项目(\d{4})年度自评得分([\d.]+)分，等级为(优|良|中|差)")
    ctx.year_eq("conclusion year", ty, Y)
    ctx.same("total text/table", ts, tot_row[6])
    ctx.total("score_sum_mismatch", "text total", ts, ss, T["score"])
    ctx.grade("grade", tg, ts)
    # goal block in table
    ga, gp = ctx.one(r"实际完成情况：为(\d+)名残疾人提供托养服务，培训护理员(\d+)人次")
    ctx.total("sum_mismatch", "goal block served", ga, info["寄宿制托养人数"]["actual"],
              info["日间照料人数"]["actual"], info["居家托养人数"]["actual"])
    ctx.same("goal block 培训", gp, info["托养护理员培训人次"]["actual"])
    # spending
    sp, er = ctx.one(r"全年实际支出([\d.]+)万元，执行率([\d.]+)%")
    ctx.same("支出", sp, T["spent"])
    ctx.rate("text 执行率", er, sp, T["annual"])
    m = ctx.one(r"寄宿制托养补助([\d.]+)万元（(\d+)人，每人每年(\d+)元），日间照料补助([\d.]+)万元（(\d+)人，每人每年(\d+)元），"
                r"居家托养补助([\d.]+)万元（(\d+)人，每人每年(\d+)元），托养护理员培训费([\d.]+)万元，托养中心无障碍设施改造补助([\d.]+)万元")
    a1, n1, p1, a2, n2, p2, a3, n3, p3, a4, a5 = m
    ctx.prod("寄宿制", a1, n1, p1)
    ctx.prod("日间照料", a2, n2, p2)
    ctx.prod("居家托养", a3, n3, p3)
    ctx.total("sum_mismatch", "支出构成", sp, a1, a2, a3, a4, a5)
    ctx.same("寄宿 人数", n1, info["寄宿制托养人数"]["actual"])
    ctx.same("日间 人数", n2, info["日间照料人数"]["actual"])
    ctx.same("居家 人数", n3, info["居家托养人数"]["actual"])
    ctx.same("寄宿 标准", p1, info["寄宿制托养年补助标准"]["actual"])
    sub, ppl, avg = ctx.one(r"三类托养补助合计([\d.]+)万元，惠及(\d+)人，人均补助([\d.]+)元")
    ctx.total("sum_mismatch", "三类托养补助合计", sub, a1, a2, a3)
    ctx.total("sum_mismatch", "三类人数", ppl, n1, n2, n3)
    ctx.rel("average_mismatch", "人均补助", avg, lambda s, p: s * D(10000) / p, sub, ppl)
    bal, cy = ctx.one(r"年末结余([\d.]+)万元，结转(\d{4})年继续用于居家托养服务")
    ctx.diff("balance_mismatch", "结余", bal, T["annual"], T["spent"])
    ctx.year_after("结转", cy, Y)
    js, rj, jj, d1, d2 = ctx.one(r"寄宿制托养(\d+)人，完成目标；日间照料(\d+)人、居家托养(\d+)人，分别比目标少(\d+)人和(\d+)人")
    ctx.same("寄宿", js, info["寄宿制托养人数"]["actual"])
    ctx.same("日间", rj, info["日间照料人数"]["actual"])
    ctx.same("居家", jj, info["居家托养人数"]["actual"])
    ctx.diff("sum_mismatch", "日间少", d1, info["日间照料人数"]["target"], rj)
    ctx.diff("sum_mismatch", "居家少", d2, info["居家托养人数"]["target"], jj)
    px, pxt = ctx.one(r"全年培训托养护理员(\d+)人次，少于计划的(\d+)人次")
    ctx.same("培训", px, info["托养护理员培训人次"]["actual"])
    ctx.same("培训目标", pxt, info["托养护理员培训人次"]["target"])
    last, inc = ctx.one(r"与2019年的(\d+)人相比，托养服务总人数增加(\d+)人")
    ctx.diff("sum_mismatch", "比上年增加", inc, ppl, last)
    hh = ctx.one(r"托养服务惠及(\d+)户残疾人家庭")
    ctx.same("受益家庭", hh, info["受益残疾人家庭数"]["actual"])
    zl, zlt = ctx.one(r"有所提升的占([\d.]+)%，未达到(\d+)%的目标")
    ctx.same("自理能力", zl, info["托养对象自理能力提升率"]["actual"])
    ctx.same("自理能力目标", zlt, info["托养对象自理能力提升率"]["target"])
    s1, s2, s3 = ctx.one(r"寄宿制托养每人每年(\d+)元、日间照料(\d+)元、居家托养(\d+)元")
    ctx.same("标准1", s1, p1)
    ctx.same("标准2", s2, p2)
    ctx.same("标准3", s3, p3)
    i0, a0, dd, sj2, c2 = ctx.one(r"年初预算([\d.]+)万元与全年预算([\d.]+)万元相差([\d.]+)万元，为年中追加的省级补助([\d.]+)万元和上年结转资金([\d.]+)万元")
    ctx.same("七 年初", i0, T["init"])
    ctx.same("七 全年", a0, T["annual"])
    ctx.diff("sum_mismatch", "七 相差", dd, a0, i0)
    ctx.total("sum_mismatch", "七 相差构成", dd, sj2, c2)
    ctx.same("七 省级", sj2, sj)
    ctx.same("七 结转", c2, C["annual"])


# =========================================================================== C: 四川 金阳县
def check_sc(ctx):
    Y = 2024
    dated(ctx, Y)
    ctx.year_eq("title", ctx.one(r"\n(\d{4})年残疾人辅助器具适配补贴项目支出绩效自评报告"), Y)
    ctx.year_eq("table", ctx.one(r"附表：(\d{4})年度项目支出绩效自评表"), Y)
    tot, limb, hear, share = ctx.one(r"全县持证残疾人(\d+)人，其中肢体残疾(\d+)人、听力残疾(\d+)人，两类合计占([\d.]+)%")
    ctx.rate("两类占比", share, num(limb) + num(hear), tot)
    g = ctx.one(r"全年适配各类辅助器具不少于(\d+)件，其中假肢矫形器不少于(\d+)例；适配前专业评估覆盖率(\d+)%；"
                r"申请至适配完成平均用时不超过(\d+)天；持证残疾人基本辅具适配率达到(\d+)%以上；受助残疾人满意度不低于(\d+)%")
    cols = {"init": 1, "annual": 2, "spent": 3, "w": 4, "rate": 5, "score": 6}
    T = funds_row(ctx, "年度资金总额\t", "\t", cols)
    parts = [funds_row(ctx, p, "\t", cols) for p in ("其中：财政资金\t", "财政专户管理资金\t", "单位资金\t", "其他资金\t")]
    for k in ("init", "annual", "spent"):
        ctx.total("sum_mismatch", f"funds {k}", T[k], *[z(p[k]) for p in parts])
    for r in [T] + parts:
        if num(z(r["annual"])) == 0:
            if r["rate"] not in ("—", "", "0"):
                ctx.err("implausible_rate", "rate on zero base")
            continue
        ctx.rate("funds 执行率", r["rate"].rstrip("%"), z(r["spent"]), r["annual"])
    ctx.score_rule("预算执行", T["w"], T["score"], num(T["spent"]) / num(T["annual"]) * HUNDRED, T["rate"].rstrip("%"))
    ay, fy, sj, xj, init = ctx.one(r"(\d{4})年12月，省财政提前下达(\d{4})年残疾人事业发展补助资金，其中用于辅具适配的省级资金([\d.]+)万元；"
                                   r"县财政年初安排配套资金([\d.]+)万元，年初预算合计([\d.]+)万元")
    ctx.year_eq("advance", int(ay) + 1, Y)
    ctx.year_eq("advance for", fy, Y)
    ctx.total("sum_mismatch", "年初", init, sj, xj)
    ctx.same("年初 text/table", init, T["init"])
    y2, add, annual, zy2, sj2, xj2 = ctx.one(r"(\d{4})年7月，中央残疾人事业发展补助资金追加下达([\d.]+)万元，全年预算调整为([\d.]+)万元，"
                                            r"由中央补助([\d.]+)万元、省级补助([\d.]+)万元、县级配套([\d.]+)万元构成")
    ctx.year_eq("追加", y2, Y)
    ctx.total("sum_mismatch", "年初 + 追加", annual, init, add)
    ctx.total("sum_mismatch", "全年 sources", annual, zy2, sj2, xj2)
    ctx.same("中央", zy2, add)
    ctx.same("省级", sj2, sj)
    ctx.same("县级", xj2, xj)
    ctx.same("全年 text/table", annual, T["annual"])
    cy, sp, er = ctx.one(r"截至(\d{4})年12月31日，项目实际支出([\d.]+)万元，预算执行率([\d.]+)%")
    ctx.year_eq("截至", cy, Y)
    ctx.same("支出 text/table", sp, T["spent"])
    ctx.rate("text 执行率", er, sp, annual)
    m = ctx.one(r"轮椅(\d+)辆，每辆补贴(\d+)元，计([\d.]+)万元；助行器、拐杖(\d+)件，每件(\d+)元，计([\d.]+)万元；"
                r"坐便椅、洗澡椅(\d+)件，每件(\d+)元，计([\d.]+)万元；助听器(\d+)台，每台(\d+)元，计([\d.]+)万元；"
                r"假肢、矫形器(\d+)例，每例(\d+)元，计([\d.]+)万元；评估适配及回访服务费([\d.]+)万元")
    n1, p1, a1, n2, p2, a2, n3, p3, a3, n4, p4, a4, n5, p5, a5, a6 = m
    for lab, a, n, p in (("轮椅", a1, n1, p1), ("助行器", a2, n2, p2), ("坐便椅", a3, n3, p3),
                         ("助听器", a4, n4, p4), ("假肢", a5, n5, p5)):
        ctx.prod(lab, a, n, p)
    ctx.total("sum_mismatch", "类别合计 = 支出", sp, a1, a2, a3, a4, a5, a6)
    left, ny = ctx.one(r"未支出的([\d.]+)万元主要为两例假肢装配款，已申请结转至(\d{4})年继续使用")
    ctx.diff("balance_mismatch", "未支出", left, annual, sp)
    ctx.year_after("结转", ny, Y)
    left2 = ctx.one(r"年末有([\d.]+)万元未能支出")
    ctx.same("未支出 twice", left2, left)
    # indicators
    hdr = "一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t实际完成值\t分值\t得分\t未完成原因分析"
    (rows, tot_row), = ctx.rows_after(hdr, "\t")
    sw, ss, info = indicator_rows(ctx, rows, name=2, target=4, actual=6, weight=7, score=8, sign=3, unit=5)
    if sw + num(T["w"]) != 100 or num(tot_row[1]) != 100:
        ctx.err("weight_sum_mismatch", f"weights add up to {sw + num(T['w'])}")
    ctx.total("score_sum_mismatch", "Σ scores", tot_row[2], ss, T["score"])
    ctx.grade("grade", ctx.one(r"自评等级为\"(.+?)\""), tot_row[2])
    names = ["辅助器具适配件数", "假肢矫形器适配例数", "适配前专业评估覆盖率", "申请至适配完成平均用时",
             "持证残疾人基本辅具适配率", "受助残疾人满意度"]
    for nm, gv in zip(names, g):
        ctx.same(f"goal {nm}", gv, info[nm]["target"])
    total_n = info["辅助器具适配件数"]["actual"]
    ctx.total("sum_mismatch", "件数 by category", total_n, n1, n2, n3, n4, n5)
    ctx.same("假肢 例数", n5, info["假肢矫形器适配例数"]["actual"])
    app, rej = ctx.one(r"全年受理申请(\d+)件次，经评估不符合条件或已有同类辅具的(\d+)件次未予适配")
    ctx.diff("sum_mismatch", "受理 - 未予", total_n, app, rej)
    gen, ind, both = ctx.one(r"全年发放(\d+)件；对助听器、假肢矫形器实行个性化评估和多次调试，全年完成(\d+)件（例），两类合计(\d+)件")
    ctx.total("sum_mismatch", "通用辅具", gen, n1, n2, n3)
    ctx.total("sum_mismatch", "个性化辅具", ind, n4, n5)
    ctx.total("sum_mismatch", "两类合计", both, gen, ind)
    ctx.same("两类合计 vs table", both, total_n)
    n, cr, ly, lastn, inc = ctx.one(r"全年共适配辅助器具(\d+)件，为年度目标的([\d.]+)%，比(\d{4})年的(\d+)件增加(\d+)件")
    ctx.same("件数 text/table", n, total_n)
    ctx.rel("completion_mismatch", "text completion", cr, lambda a, t: a / t * HUNDRED, n, info["辅助器具适配件数"]["target"])
    ctx.year_eq("last year", int(ly) + 1, Y)
    ctx.diff("sum_mismatch", "比上年增加", inc, n, lastn)
    jz, less = ctx.one(r"其中假肢矫形器适配(\d+)例，比目标少(\d+)例")
    ctx.same("假肢", jz, info["假肢矫形器适配例数"]["actual"])
    ctx.diff("sum_mismatch", "假肢少", less, info["假肢矫形器适配例数"]["target"], jz)
    ctx.same("助听器台数", ctx.one(r"助听器(\d+)台全部完成验配调试"), n4)
    cov, days, lim, shorter = ctx.one(r"适配前评估覆盖率(\d+)%，申请至完成平均用时(\d+)天，比(\d+)天的控制目标缩短(\d+)天")
    ctx.same("覆盖率", cov, info["适配前专业评估覆盖率"]["actual"])
    ctx.same("用时", days, info["申请至适配完成平均用时"]["actual"])
    ctx.same("用时目标", lim, info["申请至适配完成平均用时"]["target"])
    ctx.diff("sum_mismatch", "缩短天数", shorter, lim, days)
    wc = ctx.one(r"轮椅补贴执行每辆(\d+)元的标准")
    ctx.same("轮椅标准", wc, p1)
    ctx.same("轮椅标准 table", wc, info["普通轮椅单辆补贴标准"]["actual"])
    need, got, fit, fitt = ctx.one(r"有基本辅具需求的持证残疾人(\d+)人，已适配(\d+)人，基本辅具适配率达到([\d.]+)%，高于(\d+)%的目标")
    ctx.rate("适配率", fit, got, need)
    ctx.same("适配率 table", fit, info["持证残疾人基本辅具适配率"]["actual"])
    ctx.same("适配率目标", fitt, info["持证残疾人基本辅具适配率"]["target"])
    use, uset = ctx.one(r"回访显示辅具使用率为([\d.]+)%，低于(\d+)%的目标")
    ctx.same("使用率", use, info["辅具回访使用率"]["actual"])
    ctx.same("使用率目标", uset, info["辅具回访使用率"]["target"])
    qs, qb, sat = ctx.one(r"满意度问卷(\d+)份，回收有效问卷(\d+)份，受助残疾人满意度为([\d.]+)%")
    if num(qb) > num(qs):
        ctx.err("implausible_rate", "more questionnaires returned than sent")
    ctx.pct("满意度", sat)
    ctx.same("满意度 table", sat, info["受助残疾人满意度"]["actual"])


# =========================================================================== D: 湖北 江陵县 部门整体
def check_hb(ctx):
    Y = 2022
    dated(ctx, Y)
    ctx.year_eq("title", ctx.one(r"江陵县残疾人联合会(\d{4})年度部门整体支出绩效自评报告"), Y)
    ctx.year_eq("截至", ctx.one(r"截至(\d{4})年底，全县持证残疾人"), Y)
    m = ctx.one(r"(\d{4})年部门收入总计([\d.]+)万元，其中一般公共预算财政拨款([\d.]+)万元、上年结转([\d.]+)万元。全年支出([\d.]+)万元，"
                r"其中基本支出([\d.]+)万元，占支出总额的([\d.]+)%；项目支出([\d.]+)万元，占([\d.]+)%。收支相抵，年末结转([\d.]+)万元，已结转至(\d{4})年使用")
    y, inc, gov, cf, exp, basic, bs, proj, ps, bal, cy = m
    ctx.year_eq("收支 year", y, Y)
    ctx.total("sum_mismatch", "收入", inc, gov, cf)
    ctx.total("sum_mismatch", "支出", exp, basic, proj)
    ctx.rate("基本支出占比", bs, basic, exp)
    ctx.rate("项目支出占比", ps, proj, exp)
    ctx.diff("balance_mismatch", "年末结转", bal, inc, exp)
    ctx.year_after("结转", cy, Y)
    g = ctx.one(r"全年提供托养服务不少于(\d+)人，适配辅助器具不少于(\d+)件，救助残疾儿童不少于(\d+)名，开展职业技能培训不少于(\d+)人次，"
                r"培训合格率不低于(\d+)%，残疾人基本公共服务覆盖率达到(\d+)%以上，残疾人及家属满意度不低于(\d+)%")
    b1, n_ty, n_js, p_js, a_js, n_jj, p_jj, a_jj = ctx.one(
        r"1\.残疾人托养服务补贴。预算([\d.]+)万元，全部支出。全年托养服务(\d+)人，其中寄宿制托养(\d+)人，每人每年补助(\d+)元，计([\d.]+)万元；"
        r"居家托养(\d+)人，每人每年补助(\d+)元，计([\d.]+)万元")
    ctx.prod("寄宿制托养", a_js, n_js, p_js)
    ctx.prod("居家托养", a_jj, n_jj, p_jj)
    ctx.total("sum_mismatch", "托养补贴", b1, a_js, a_jj)
    ctx.total("sum_mismatch", "托养人数", n_ty, n_js, n_jj)
    b2, e2, r2, n_fj = ctx.one(r"2\.辅助器具适配补贴。预算([\d.]+)万元，执行([\d.]+)万元，执行率([\d.]+)%。全年为残疾人适配[^。]*?辅具(\d+)件")
    ctx.rate("辅具 执行率", r2, e2, b2)
    b3, e3, n_kf, t_kf, miss = ctx.one(r"3\.残疾儿童康复救助。预算([\d.]+)万元，执行([\d.]+)万元，为(\d+)名0—6岁残疾儿童[^。]*?年度目标为(\d+)名，(\d+)名儿童")
    if num(e3) > num(b3):
        ctx.err("implausible_rate", "康复救助 spent above budget")
    ctx.diff("sum_mismatch", "康复 shortfall", miss, t_kf, n_kf)
    b4, e4, n_px, q_px = ctx.one(r"4\.残疾人职业技能培训。预算([\d.]+)万元，执行([\d.]+)万元，[^。]*?培训(\d+)人次，培训合格率([\d.]+)%")
    if num(e4) > num(b4):
        ctx.err("implausible_rate", "培训 spent above budget")
    b5, e5 = ctx.one(r"其他项目预算([\d.]+)万元，执行([\d.]+)万元")
    ctx.total("sum_mismatch", "项目支出 = Σ projects", proj, b1, e2, e3, e4, e5)
    ctx.total("sum_mismatch", "预算 = 基本 + Σ project budgets", inc, basic, b1, b2, b3, b4, b5)
    sg, jd, car, sgb, save = ctx.one(r"\"三公\"经费支出([\d.]+)万元，其中公务接待费([\d.]+)万元、公务用车运行维护费([\d.]+)万元，比年初预算([\d.]+)万元节约([\d.]+)万元")
    ctx.total("sum_mismatch", "三公", sg, jd, car)
    ctx.diff("balance_mismatch", "三公节约", save, sgb, sg)
    cov, ly, cov_l, pp = ctx.one(r"比例达到([\d.]+)%，比(\d{4})年的([\d.]+)%提高([\d.]+)个百分点")
    ctx.year_eq("last year", int(ly) + 1, Y)
    ctx.diff("sum_mismatch", "覆盖率提高", pp, cov, cov_l)
    sat = ctx.one(r"对部门服务的满意度，结果为([\d.]+)%")
    ctx.pct("满意度", sat)
    s1, s2, s3, s4, avg, word = ctx.one(r"自评得分依次为([\d.]+)分、([\d.]+)分、([\d.]+)分、([\d.]+)分，平均([\d.]+)分，均达到(优秀)等次")
    ctx.rel("average_mismatch", "平均分", avg, lambda a, b, c, d: (a + b + c + d) / 4, s1, s2, s3, s4)
    for s in (s1, s2, s3, s4):
        ctx.grade("project grade", word, s)
    fn, fd = ctx.one(r"仅残疾儿童康复救助人数为(\d+)/(\d+)")
    ew = ctx.one(r"预算执行率指标占(\d+)分")
    # table
    hdr = "一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分"
    (rows, tot_row), = ctx.rows_after(hdr, "｜")
    sw, ss, info = indicator_rows(ctx, rows, name=2, target=3, actual=4, weight=5, score=6)
    if sw != 100 or num(tot_row[5]) != 100:
        ctx.err("weight_sum_mismatch", f"weights add up to {sw}")
    ctx.total("score_sum_mismatch", "Σ scores", tot_row[6], ss)
    ctx.grade("grade", ctx.one(r"综合评价等级｜(.+)"), tot_row[6])
    ex = info["部门预算执行率"]
    ctx.rate("table 执行率", ex["actual"], exp, inc)
    ctx.same("执行率权重", ew, ex["weight"])
    ctx.score_rule("执行率得分 20×r", ex["weight"], ex["score"], num(exp) / num(inc) * HUNDRED, ex["actual"])
    pe = ctx.one(r"一是预算执行率为([\d.]+)%")
    ctx.same("问题 执行率", pe, ex["actual"])
    names = ["托养服务人数", "辅助器具适配件数", "残疾儿童康复救助人数", "职业技能培训人次", "职业技能培训合格率",
             "残疾人基本公共服务覆盖率", "残疾人及家属满意度"]
    for nm, gv in zip(names, g):
        ctx.same(f"goal {nm}", gv, info[nm]["target"])
    ctx.same("托养人数 text/table", n_ty, info["托养服务人数"]["actual"])
    ctx.same("辅具件数", n_fj, info["辅助器具适配件数"]["actual"])
    ctx.same("康复人数", n_kf, info["残疾儿童康复救助人数"]["actual"])
    ctx.same("康复人数 2", fn, n_kf)
    ctx.same("康复目标 2", fd, t_kf)
    ctx.same("培训人次", n_px, info["职业技能培训人次"]["actual"])
    ctx.same("合格率", q_px, info["职业技能培训合格率"]["actual"])
    ctx.same("覆盖率", cov, info["残疾人基本公共服务覆盖率"]["actual"])
    ctx.same("满意度", sat, info["残疾人及家属满意度"]["actual"])
    ctx.same("托养标准", p_js, info["寄宿制托养人均年补助"]["actual"])
    tt, pex, pout, pben, psat = ctx.one(r"部门整体支出绩效自评得分([\d.]+)分，其中预算执行([\d.]+)分、产出指标([\d.]+)分、效益指标([\d.]+)分、满意度指标([\d.]+)分")
    ctx.same("total text/table", tt, tot_row[6])
    ctx.total("score_sum_mismatch", "text parts", tt, pex, pout, pben, psat)
    lvl = {"预算执行": D(0), "产出指标": D(0), "效益指标": D(0), "满意度指标": D(0)}
    for r in rows:
        lvl[r[0]] += num(r[6])
    ctx.total("score_sum_mismatch", "预算执行 level", pex, lvl["预算执行"])
    ctx.total("score_sum_mismatch", "产出 level", pout, lvl["产出指标"])
    ctx.total("score_sum_mismatch", "效益 level", pben, lvl["效益指标"])
    ctx.total("score_sum_mismatch", "满意度 level", psat, lvl["满意度指标"])


# =========================================================================== E: 湖南 新田县
def check_hn(ctx):
    Y = 2019
    ctx.year_eq("title", ctx.one(r"\n(\d{4})年度残疾人托养及辅助器具适配补助资金绩效自评报告"), Y)
    ctx.year_eq("table", ctx.one(r"附件：项目支出绩效自评表（(\d{4})年度）"), Y)
    iy, iamt = ctx.one(r"对(\d{4})年度残疾人托养及辅助器具适配补助资金([\d.]+)万元的使用情况")
    ctx.year_eq("intro", iy, Y)
    ly, lb, le, lr, lh = ctx.one(r"(\d{4})年该项资金预算([\d.]+)万元，执行([\d.]+)万元，执行率([\d.]+)%，居家托养服务对象(\d+)户")
    ctx.year_eq("last year", int(ly) + 1, Y)
    ctx.rate("上年执行率", lr, le, lb)
    by, bamt = ctx.one(r"(\d{4})年该项资金全年预算([\d.]+)万元，年内未调整")
    ctx.year_eq("budget year", by, Y)
    srccols = {"zy": 1, "sj": 2, "xj": 3, "tot": 4}
    SB = funds_row(ctx, "全年预算｜", "｜", srccols)
    SR = funds_row(ctx, "实际到位｜", "｜", srccols)
    for nm, r in (("预算", SB), ("到位", SR)):
        ctx.total("sum_mismatch", f"sources {nm}", r["tot"], r["zy"], r["sj"], r["xj"])
    ctx.same("全年预算 text/sources", bamt, SB["tot"])
    ctx.same("intro amount", iamt, SB["tot"])
    xrec, xr, xleft, rec, rr = ctx.one(r"中央和省级资金全额到位，县级配套资金到位([\d.]+)万元，到位率(\d+)%，尚有([\d.]+)万元未到位。"
                                       r"全部资金实际到位([\d.]+)万元，到位率([\d.]+)%")
    ctx.rate("中央到位率 (全额)", "100", SR["zy"], SB["zy"])
    ctx.rate("省级到位率 (全额)", "100", SR["sj"], SB["sj"])
    ctx.same("县级到位", xrec, SR["xj"])
    ctx.rate("县级到位率", xr, xrec, SB["xj"])
    ctx.diff("balance_mismatch", "县级未到位", xleft, SB["xj"], xrec)
    ctx.same("到位 total", rec, SR["tot"])
    ctx.rate("到位率", rr, rec, SB["tot"])
    g = ctx.one(r"为不少于(\d+)名重度残疾人提供居家托养服务，为(\d+)名智力、精神残疾人提供寄宿制托养；适配各类辅助器具不少于(\d+)件，"
                r"其中助听器不少于(\d+)台；辅具适配合格率不低于(\d+)%；服务对象满意度达到(\d+)%以上")
    sp, er, bal, cy = ctx.one(r"全年支出([\d.]+)万元，执行率([\d.]+)%，年末结余([\d.]+)万元，结转(\d{4})年继续使用")
    ctx.rate("执行率", er, sp, bamt)
    ctx.diff("balance_mismatch", "结余", bal, rec, sp)
    ctx.year_after("结转", cy, Y)
    # spending detail table
    (srows, stot), = ctx.rows_after("类别｜数量｜补助标准（元）｜金额（万元）", "｜")
    amounts, counts = [], {}
    for r in srows:
        amounts.append(r[3])
        cnt = re.match(r"(\d+)", r[1]).group(1)
        counts[r[0]] = cnt
        if r[2] not in ("—", ""):
            ctx.prod(f"detail {r[0]}", r[3], cnt, r[2])
    ctx.total("sum_mismatch", "detail 合计", stot[3], *amounts)
    ctx.same("detail 合计 vs 支出", stot[3], sp)
    # MOF funds table
    cols = {"init": 1, "annual": 2, "spent": 3, "w": 4, "rate": 5, "score": 6}
    T = funds_row(ctx, "年度资金总额｜", "｜", cols)
    parts = [funds_row(ctx, p, "｜", cols) for p in ("其中：当年财政拨款｜", "上年结转资金｜", "其他资金｜")]
    for k in ("init", "annual", "spent"):
        ctx.total("sum_mismatch", f"funds {k}", T[k], *[z(p[k]) for p in parts])
    for r in [T] + parts:
        if num(z(r["annual"])) == 0:
            if r["rate"] not in ("—", "", "0"):
                ctx.err("implausible_rate", "rate on zero base")
            continue
        ctx.rate("funds 执行率", r["rate"].rstrip("%"), z(r["spent"]), r["annual"])
    ctx.score_rule("预算执行", T["w"], T["score"], num(T["spent"]) / num(T["annual"]) * HUNDRED, T["rate"].rstrip("%"))
    ctx.same("未调整: 年初 = 全年", T["init"], T["annual"])
    ctx.same("全年 text/table", bamt, T["annual"])
    ctx.same("支出 text/table", sp, T["spent"])
    # indicators
    hdr = "一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分"
    (rows, tot_row), = ctx.rows_after(hdr, "｜")
    sw, ss, info = indicator_rows(ctx, rows, name=2, target=3, actual=4, weight=5, score=6)
    if sw + num(T["w"]) != 100 or num(tot_row[5]) != 100:
        ctx.err("weight_sum_mismatch", f"weights add up to {sw + num(T['w'])}")
    ctx.total("score_sum_mismatch", "Σ scores", tot_row[6], ss, T["score"])
    names = ["居家托养人数", "寄宿制托养人数", "辅助器具适配件数", "助听器适配台数", "辅具适配合格率", "服务对象满意度"]
    for nm, gv in zip(names, g):
        ctx.same(f"goal {nm}", gv, info[nm]["target"])
    ctx.same("居家 detail", counts["居家托养补助"], info["居家托养人数"]["actual"])
    ctx.same("寄宿 detail", counts["寄宿制托养补助"], info["寄宿制托养人数"]["actual"])
    ctx.same("助听器 detail", counts["助听器"], info["助听器适配台数"]["actual"])
    ctx.total("sum_mismatch", "辅具 detail", info["辅助器具适配件数"]["actual"],
              counts["轮椅"], counts["助听器"], counts["拐杖、坐便椅等小型辅具"])
    m = ctx.one(r"全年居家托养(\d+)人，完成目标的([\d.]+)%；寄宿制托养(\d+)人，完成目标。适配辅具(\d+)件，其中轮椅(\d+)辆、助听器(\d+)台、小型辅具(\d+)件，"
                r"辅具数量完成目标的(\d+)%；助听器适配(\d+)台（目标(\d+)台）")
    jj, jjc, js, fj, lw, zt, xx, fjc, zt2, ztt = m
    ctx.same("居家", jj, info["居家托养人数"]["actual"])
    ctx.rel("completion_mismatch", "居家 completion", jjc, lambda a, t: a / t * HUNDRED, jj, info["居家托养人数"]["target"])
    ctx.same("寄宿", js, info["寄宿制托养人数"]["actual"])
    ctx.same("辅具", fj, info["辅助器具适配件数"]["actual"])
    ctx.total("sum_mismatch", "辅具构成", fj, lw, zt, xx)
    ctx.same("轮椅 detail", lw, counts["轮椅"])
    ctx.same("小型 detail", xx, counts["拐杖、坐便椅等小型辅具"])
    ctx.rel("completion_mismatch", "辅具 completion", fjc, lambda a, t: a / t * HUNDRED, fj, info["辅助器具适配件数"]["target"])
    ctx.same("助听器", zt, info["助听器适配台数"]["actual"])
    ctx.same("助听器 2", zt2, zt)
    ctx.same("助听器目标", ztt, info["助听器适配台数"]["target"])
    ctx.same("合格率", ctx.one(r"辅具适配合格率(\d+)%，"), info["辅具适配合格率"]["actual"])
    ctx.same("及时率", ctx.one(r"补贴发放及时率仅为(\d+)%"), info["补贴发放及时率"]["actual"])
    hh, hy, hinc = ctx.one(r"托养服务使(\d+)户家庭减轻了照护负担，比(\d{4})年增加(\d+)户")
    ctx.same("家庭数", hh, info["减轻照护负担家庭数"]["actual"])
    ctx.year_eq("比上年", int(hy) + 1, Y)
    ctx.diff("sum_mismatch", "家庭增加", hinc, hh, lh)
    use, know = ctx.one(r"回访显示辅具使用率为(\d+)%，受助家庭政策知晓率达到([\d.]+)%")
    ctx.same("使用率", use, info["辅具回访使用率"]["actual"])
    ctx.pct("知晓率", know)
    sat, satt = ctx.one(r"问卷调查服务对象满意度([\d.]+)%，未达到(\d+)%的目标")
    ctx.pct("满意度", sat)
    ctx.same("满意度", sat, info["服务对象满意度"]["actual"])
    ctx.same("满意度目标", satt, info["服务对象满意度"]["target"])
    wo, wb, ws, we, tt, word = ctx.one(r"自评评分采用产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分、预算执行(\d+)分的权重，"
                                       r"综合得分([\d.]+)分，评价等级为(优|良|中|差)")
    lvl = {"产出指标": D(0), "效益指标": D(0), "满意度指标": D(0)}
    for r in rows:
        lvl[r[0]] += num(r[5])
    if num(wo) + num(wb) + num(ws) + num(we) != 100:
        ctx.err("weight_sum_mismatch", "stated first-level weights do not add up to 100")
    for stated, key in ((wo, "产出指标"), (wb, "效益指标"), (ws, "满意度指标")):
        if num(stated) != lvl[key]:
            ctx.err("weight_sum_mismatch", f"{key}: stated {stated}, rows weigh {lvl[key]}")
    if num(we) != num(T["w"]):
        ctx.err("weight_sum_mismatch", "预算执行 weight text/table")
    ctx.same("total text/table", tt, tot_row[6])
    ctx.total("score_sum_mismatch", "text total", tt, ss, T["score"])
    ctx.grade("grade", word, tt)
    zy, ay, fy = ctx.one(r"中央补助([\d.]+)万元系(\d{4})年12月提前下达的(\d{4})年资金")
    ctx.same("中央", zy, SB["zy"])
    ctx.year_eq("advance", int(ay) + 1, Y)
    ctx.year_eq("advance for", fy, Y)
    ny_a, ny_f, _, ny_e = ctx.one(r"(\d{4})年12月省财政提前下达的(\d{4})年辅具适配补助资金([\d.]+)万元，将在(\d{4})年度自评中反映")
    if not (int(ny_f) == int(ny_e) == int(ny_a) + 1 and int(ny_f) > Y):
        ctx.err("year_mismatch", "next-year advance")
    bal2, left2 = ctx.one(r"年末结余([\d.]+)万元全部为已到位资金的结余，县级尚未到位的([\d.]+)万元")
    ctx.same("结余 twice", bal2, bal)
    ctx.same("未到位 twice", left2, xleft)


def dated(ctx, Y):
    """the report is signed in the year after the evaluation year"""
    ctx.year_eq("report date", int(ctx.one(r"残疾人联合会\n(\d{4})年\d+月")) - 1, Y)


CHECKS = {
    "sx-xiyang-zhutingqi-2021": check_sx,
    "jx-jinxi-tuoyang-2020": check_jx,
    "sc-jinyang-fujushipei-2024": check_sc,
    "hb-jiangling-canlian-bumen-2022": check_hb,
    "hn-xintian-tuoyangfuju-2019": check_hn,
}


def run_checks(source, text):
    ctx = Ctx(text)
    CHECKS[source](ctx)
    return ctx


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(r["case"] for r in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    counts = {c: 0 for c in CODES}
    where = {}
    for rec in labels:
        src = rec["source"]
        text = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        try:
            ctx = run_checks(src, text)
        except (ExtractError, ArithmeticError, KeyError, ValueError, AttributeError) as e:
            problems.append(f"{rec['case']}: extraction failed: {e!r}")
            continue
        failed = sorted({c for c, _ in ctx.F})
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with labels")
            if ctx.F:
                problems.append(f"{rec['case']}: clean draft fails: {ctx.F}")
            if ctx.W:
                problems.append(f"{rec['case']}: clean draft score-rule warnings: {ctx.W}")
            n = len(text)
            if not 2800 <= n <= 3400:
                problems.append(f"{rec['case']}: length {n} outside 2800-3400")
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
            problems.append(f"{rec['case']}: value {value!r} not in case")
        # one contiguous difference overlapping the value
        p = 0
        while p < min(len(text), len(clean)) and text[p] == clean[p]:
            p += 1
        s = 0
        while s < min(len(text), len(clean)) - p and text[-1 - s] == clean[-1 - s]:
            s += 1
        d0, d1 = p, len(text) - s
        if d1 <= d0:
            problems.append(f"{rec['case']}: no difference from the clean draft")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not any(o < d1 and o + len(value) > d0 for o in occ):
            problems.append(f"{rec['case']}: changed region [{d0},{d1}) does not overlap the value")
        if len(text[d0:d1]) > 200:
            problems.append(f"{rec['case']}: changed region is {d1 - d0} characters long")
        if failed != [code]:
            problems.append(f"{rec['case']}: labelled {code}, checks fail {failed}: {ctx.F}")
        where.setdefault(src, 0)
        where[src] += 1
    for c in CODES:
        if counts.get(c, 0) < 2:
            problems.append(f"code {c} used {counts.get(c, 0)} times (< 2)")
    for src, n in where.items():
        if n != 6:
            problems.append(f"{src}: {n} error cases")
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("codes:", ", ".join(f"{c}={counts[c]}" for c in CODES))
    print(f"{len(labels)} cases, {sum(1 for r in labels if r['clean'])} clean")
    print("OK")


if __name__ == "__main__":
    main()
