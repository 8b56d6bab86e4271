#!/usr/bin/env python3
"""Verify the set: labels, edit locations, code coverage, and the arithmetic of every draft.

Standard library only; all arithmetic in decimal.Decimal with the tolerance of rules.md §8
(a stated value with d decimals matches a computed c iff |c - v| <= 0.5 * 10^-d).
For each draft a list of checks re-does the arithmetic from the figures as printed (found by regex
in the case text, so the same checks run unchanged on the error copies).  A clean draft must pass
every check; an error case must fail the labelled code and no other error-level code.
`score_rule_mismatch` is a warning: it must hold in the clean drafts, it may break in error cases.
"""
import json
import re
import sys
from collections import Counter
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

# ------------------------------------------------------------------ numbers

def num(s):
    s = str(s).replace(",", "").replace("，", "").strip()
    return D(s) if s else D(0)


def decs(s):
    s = str(s).replace(",", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """rules §8: the stated string's own decimals fix the tolerance."""
    return abs(D(computed) - num(stated)) <= D("0.5") * (D(10) ** -decs(stated)) + D("1e-9")


def same(a, b):
    """two statements of one quantity: equal within the coarser of the two precisions."""
    d = min(decs(a), decs(b))
    return abs(num(a) - num(b)) <= D("0.5") * (D(10) ** -d) + D("1e-9")


def wan(value, unit):
    """amount in 万元"""
    v = num(value)
    return v / 10000 if unit == "元" else v * 10000 if unit == "亿元" else v


GRADES = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "合格": "中",
          "一般": "中", "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    t = num(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


# ------------------------------------------------------------------ result collector

class Run:
    def __init__(self, text):
        self.t = text
        self.fails = []   # (code, message)
        self.warns = []

    def c(self, code, ok, msg):
        assert code in CODES, code
        if not ok:
            self.fails.append((code, msg))

    def w(self, code, ok, msg):
        if not ok:
            self.warns.append((code, msg))

    def codes(self):
        return {c for c, _ in self.fails}

    # -- extraction
    def one(self, pat):
        ms = list(re.finditer(pat, self.t, re.S))
        if len(ms) != 1:
            raise AssertionError(f"pattern matched {len(ms)} times: {pat}")
        g = ms[0].groups()
        return g if len(g) > 1 else g[0]

    def all(self, pat):
        return [m.groups() if len(m.groups()) > 1 else m.group(1)
                for m in re.finditer(pat, self.t, re.S)]

    # -- identities
    def rate(self, stated, numer, denom, what, code="rate_mismatch"):
        numer, denom = D(numer), D(denom)
        if denom == 0:
            self.c("implausible_rate", num(stated) == 0, f"{what}: rate {stated} on a zero base")
            return
        self.c(code, close(stated, numer / denom * 100), f"{what}: {stated}% vs {numer}/{denom}")
        if code == "rate_mismatch":
            self.c("implausible_rate", num(stated) <= 100, f"{what}: rate {stated}% over 100%")

    def share(self, stated, what):
        self.c("implausible_rate", D(0) <= num(stated) <= 100, f"{what}: {stated}% outside [0,100]")

    def eq(self, a, b, what, code="conflicting_values"):
        self.c(code, same(a, b), f"{what}: {a} vs {b}")

    def total(self, parts, tot, what, code="sum_mismatch"):
        """parts/tot: value strings (万元) or (value, unit) pairs.  A sum that only a rescale of one
        amount by 10^4 repairs is reported as unit_mismatch (errors.md #11 b)."""
        P = [p if isinstance(p, tuple) else (p, "万元") for p in parts]
        T = tot if isinstance(tot, tuple) else (tot, "万元")
        s = sum(wan(v, u) for v, u in P)
        tv = wan(*T)
        tol = D("0.5") * (D(10) ** -decs(T[0])) * (D("0.0001") if T[1] == "元" else 1) + D("1e-9")
        if abs(s - tv) <= tol:
            return
        for i, (v, u) in enumerate(P):
            for f in (D(10000), D("0.0001")):
                s2 = s - wan(v, u) + wan(v, u) * f
                # a rescale only explains the sum if the rescaled amount is still a real amount
                if abs(s2 - tv) <= tol and wan(v, u) * f > tol:
                    self.c("unit_mismatch", False, f"{what}: part {v}{u} off by 10^4")
                    return
        for f in (D(10000), D("0.0001")):
            if abs(s - tv * f) <= tol:
                self.c("unit_mismatch", False, f"{what}: total {T[0]}{T[1]} off by 10^4")
                return
        self.c(code, False, f"{what}: sum {s} vs {tv}")

    def prod(self, factors_value, stated, what, code="sum_mismatch"):
        """stated amount (value, unit) = product of counts and a per-unit amount (value, unit)."""
        counts, (pv, pu) = factors_value
        c = D(1)
        for x in counts:
            c *= num(x)
        expect = wan(pv, pu) * c
        sv, su = stated
        got = wan(sv, su)
        tol = D("0.5") * (D(10) ** -decs(sv)) * (D("0.0001") if su == "元" else 1) + D("1e-9")
        if abs(expect - got) <= tol:
            return
        if any(abs(expect * f - got) <= tol for f in (D(10000), D("0.0001"))):
            self.c("unit_mismatch", False, f"{what}: {pv}{pu} x {counts} vs {sv}{su} off by 10^4")
        else:
            self.c(code, False, f"{what}: {pv}{pu} x {counts} = {expect} vs {sv}{su}")

    def avg(self, stated, stated_unit, total_value, total_unit, count, what):
        got = wan(stated, stated_unit)
        expect = wan(total_value, total_unit) / num(count)
        tol = D("0.5") * (D(10) ** -decs(stated)) * (D("0.0001") if stated_unit == "元" else 1) + D("1e-9")
        if abs(expect - got) <= tol:
            return
        if any(abs(expect * f - got) <= tol for f in (D(10000), D("0.0001"))):
            self.c("unit_mismatch", False, f"{what}: average off by 10^4")
        else:
            self.c("average_mismatch", False, f"{what}: {stated}{stated_unit} vs {expect}")

    def grade(self, total, word, what):
        self.c("grade_mismatch", GRADES[word] == band(total), f"{what}: {total} -> {band(total)}, stated {word}")


# ------------------------------------------------------------------ tables

def tab_groups(t):
    """one cell per line: lines starting with a tab, rows separated by non-tab lines."""
    gs, cur = [], []
    for line in t.split("\n"):
        if line.startswith("\t"):
            cur.append(line[1:].strip())
        else:
            if cur:
                gs.append(cur)
            cur = []
    if cur:
        gs.append(cur)
    return gs


def split_rows(t, kind):
    rows = []
    for line in t.split("\n"):
        if kind == "tsv" and "\t" in line:
            rows.append([c.strip() for c in line.split("\t")])
        elif kind == "pipe" and line.startswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
        elif kind == "fw" and "｜" in line:
            rows.append([c.strip() for c in line.split("｜")])
        elif kind == "pdf":
            rows.append(line.split())
    return rows


def after(rows, name, n):
    hits = [r for r in rows if name in r]
    if len(hits) != 1:
        raise AssertionError(f"row {name!r} found {len(hits)} times")
    r = hits[0]
    i = r.index(name)
    cells = r[i + 1:i + 1 + n]
    if len(cells) < n:
        raise AssertionError(f"row {name!r} too short: {r}")
    return cells


VAL = re.compile(r"^(≥|≤|＞|＜|>=|<=|=|＝)?\s*([\d,]+(?:\.\d+)?)\s*(.*)$")
DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def parse(s):
    m = VAL.match(s)
    if not m:
        return None
    sign = m.group(1) or "="
    d = "gte" if sign in ("≥", "＞", ">=") else "lte" if sign in ("≤", "＜", "<=") else "eq"
    return d, num(m.group(2)), m.group(3)


def completion(direction, T, A):
    if direction == "lte":
        return D(100) if A <= T else T / A * 100
    if T == 0:
        return D(100) if A <= 0 else D(0)
    return A / T * 100


def rule_score(direction, T, A, w):
    if direction == "lte":
        return w if A <= T else w * T / A
    if T == 0:
        return w if A <= 0 else D(0)
    return w * min(max(A, D(0)) / T, D(1))


def indicator(R, name, target, actual, weight, score, comp=None):
    """generic row checks: unit, completion, share range, score bounds, score rule (warning)."""
    w, s = num(weight), num(score)
    R.c("score_exceeds_weight", D(0) <= s <= w, f"{name}: score {score} vs weight {weight}")
    dt, da = DATE.search(target), DATE.search(actual)
    if dt or da:
        R.c("unit_mismatch", bool(dt and da), f"{name}: date target vs {actual}")
        if dt and da:
            met = tuple(map(int, da.groups())) <= tuple(map(int, dt.groups()))
            if comp is not None:
                R.c("completion_mismatch", close(comp.rstrip("%"), 100 if met else 0), f"{name}: completion {comp}")
            R.w("score_rule_mismatch", (s == w) if met else True, f"{name}: date met, score {score}")
        return
    pt, pa = parse(target), parse(actual)
    if pt is None or pa is None:          # qualitative
        R.w("score_rule_mismatch", pa is None and w * D("0.6") <= s <= w or pa is not None,
            f"{name}: qualitative score {score}")
        return
    d, T, ut = pt
    _, A, ua = pa
    if ut != ua:
        R.c("unit_mismatch", False, f"{name}: target unit {ut!r} vs actual unit {ua!r}")
        return
    if ua == "%" and ("率" in name or "满意度" in name):
        R.share(str(A), f"{name} actual")
    c = completion(d, T, A)
    if comp is not None:
        R.c("completion_mismatch", close(comp.rstrip("%"), c), f"{name}: completion {comp} vs {c:.4f}")
    rs = rule_score(d, T, A, w)
    alt = None
    if comp is not None:
        alt = w * min(num(comp.rstrip("%")), D(100)) / 100
    R.w("score_rule_mismatch", close(score, rs) or (alt is not None and close(score, alt)),
        f"{name}: score {score} vs rule {rs:.4f}")


def exec_row(R, what, weight, rate, score):
    R.w("score_rule_mismatch", close(score, num(weight) * min(num(rate.rstrip("%")), D(100)) / 100)
        or close(score, num(weight) * min(num(rate.rstrip("%")), D(100)) / 100),
        f"{what}: execution score {score} vs {weight} x {rate}")


def mof_funds(R, get, what, exec_weight_expected):
    """MOF 附件1 funds block: rows 年度资金总额 / 当年财政拨款 / 上年结转资金 / 其他资金,
    cells 年初 全年 执行 分值 执行率 得分."""
    tot, cur, car, oth = (get(k) for k in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"))
    for i, col in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        R.total([cur[i], car[i], oth[i]], tot[i], f"{what} {col}: 当年+结转+其他 = 总额")
    for lab, row in (("年度资金总额", tot), ("当年财政拨款", cur), ("上年结转资金", car), ("其他资金", oth)):
        if row[4] not in ("—", "-", ""):
            R.rate(row[4].rstrip("%"), num(row[2]), num(row[1]), f"{what} {lab} 执行率")
    R.eq(tot[3], exec_weight_expected, f"{what}: execution weight")
    exec_row(R, what, tot[3], tot[4], tot[5])
    return tot, cur, car, oth


def weights_scores(R, rows, exec_w, exec_s, tot_w, tot_s, what, levels=None, stated_levels=None):
    """rows: list of (weight, score).  levels: list of lists of row indexes; stated_levels: weights."""
    W = num(exec_w) + sum(num(w) for w, _ in rows)
    S = num(exec_s) + sum(num(s) for _, s in rows)
    R.c("weight_sum_mismatch", W == 100, f"{what}: weights sum {W}")
    R.c("weight_sum_mismatch", num(tot_w) == W, f"{what}: stated weight total {tot_w} vs {W}")
    R.c("score_sum_mismatch", close(tot_s, S), f"{what}: scores sum {S} vs {tot_s}")
    if levels:
        for idx, lw in zip(levels, stated_levels):
            got = sum(num(rows[i][0]) for i in idx)
            R.c("weight_sum_mismatch", got == num(lw), f"{what}: level weights {got} vs {lw}")


# ================================================================== drafts

def chk_gansu(R):
    t = R.t
    Y = 2019
    gs = tab_groups(t)
    ft = {g[1]: g[2:] for g in gs if len(g) > 9 and g[1].startswith("(")}
    r1, r2, r3, r4 = ft["(1)"], ft["(2)"], ft["(3)"], ft["(4)"]
    r5, r6, r7 = ft["(5)=(3)-(4)"], ft["(6)=(3)/(2)"], ft["(7)=(4)/(2)"]
    v = lambda row, i: num(row[i]) if row[i] else D(0)
    for lab, row in (("(1)", r1), ("(2)", r2), ("(3)", r3), ("(4)", r4), ("(5)", r5)):
        R.total([row[1], row[6] or "0", row[7] or "0"], row[0], f"funds {lab}: 小计+结转+其他")
        R.total([row[2] or "0", row[3] or "0", row[4] or "0", row[5] or "0"], row[1], f"funds {lab}: 中央+省+市+县")
    for i in range(8):
        R.c("balance_mismatch", close(r5[i], v(r3, i) - v(r4, i)), f"funds (5) col {i}")
        for lab, st, nu in (("(6)", r6, r3), ("(7)", r7, r4)):
            if v(r2, i) == 0:
                R.c("implausible_rate", num(st[i]) == 0, f"funds {lab} col {i}: zero base")
            else:
                R.rate(st[i], v(nu, i), v(r2, i), f"funds {lab} col {i}")
    # 附件1 funds block
    get = lambda k: next(g[2:8] for g in gs if len(g) > 7 and g[1] == k)
    tot, cur, car, oth = mof_funds(R, get, "附件1", "10")
    R.eq(tot[0], r1[0], "附件1 年初 vs (1)")
    R.eq(tot[1], r2[0], "附件1 全年 vs (2)")
    R.eq(tot[2], r4[0], "附件1 执行 vs (4)")
    R.eq(cur[1], r2[1], "附件1 当年全年 vs (2)小计")
    R.eq(cur[2], r4[1], "附件1 当年执行 vs (4)小计")
    R.eq(car[1], r2[6], "附件1 结转 vs (2)结转")
    R.eq(tot[4].rstrip("%"), r7[0], "附件1 执行率 vs (7)")
    R.eq(cur[4].rstrip("%"), r7[1], "附件1 当年执行率 vs (7)小计")
    # prose: funds
    b, zy, sj, zj, xj, jz = R.one(r"全年预算(\d+)万元，其中中央地质灾害防治专项资金(\d+)万元、省级资金(\d+)万元（含年中追加(\d+)万元）、县级配套(\d+)万元、上年结转(\d+)万元")
    R.total([zy, sj, xj, jz], b, "prose budget sources")
    R.total([r1[3], zj], sj, "省级 年初 + 追加")
    for a, c, w in ((b, r2[0], "全年预算"), (zy, r2[2], "中央"), (sj, r2[3], "省级"), (xj, r2[5], "县级"), (jz, r2[6], "结转")):
        R.eq(a, c, f"prose {w} vs table (2)")
    dw, dwl = R.one(r"实际到位(\d+)万元，到位率([\d.]+)%")
    R.rate(dwl, num(dw), num(b), "prose 到位率")
    R.eq(dw, r3[0], "prose 到位 vs (3)")
    R.eq(dwl, r6[0], "prose 到位率 vs (6)")
    xdw, xdwl, cha = R.one(r"县级配套到位(\d+)万元，到位率([\d.]+)%，差额(\d+)万元")
    R.rate(xdwl, num(xdw), num(xj), "prose 县级到位率")
    R.eq(xdw, r3[5], "prose 县级到位 vs (3)")
    R.total([xdw, cha], xj, "县级 到位 + 差额")
    zc, zxl, sg, sj2, jl, jc, zd = R.one(r"全年支出([\d.]+)万元，执行率([\d.]+)%，其中工程施工费([\d.]+)万元、勘查设计尾款([\d.]+)万元、工程监理费([\d.]+)万元、专业监测点建设费([\d.]+)万元、征地及青苗补偿([\d.]+)万元")
    R.rate(zxl, num(zc), num(b), "prose 执行率")
    R.total([sg, sj2, jl, jc, zd], zc, "prose spending breakdown")
    R.eq(zc, r4[0], "prose 支出 vs (4)")
    R.eq(zxl, r7[0], "prose 执行率 vs (7)")
    R.eq(sj2, jz, "勘查设计尾款 = 上年结转")
    ht, pct = R.one(r"施工合同价([\d.]+)万元，按合同预留([\d.]+)%质量保证金")
    R.c("balance_mismatch", close(r5[0], num(ht) * num(pct) / 100), "质保金 = 合同价 x 2.5%")
    R.c("balance_mismatch", close(r5[0], num(ht) - num(sg)), "质保金 = 合同价 - 已付施工费")
    R.c("year_mismatch", int(R.one(r"该部分中央资金结转至(\d{4})年")) > Y, "carry-over year")
    qb, qz, ql, qs, qy = R.one(r"2018年安排勘查设计等前期工作经费(\d+)万元，当年支出(\d+)万元，执行率(\d+)%，剩余(\d+)万元结转至(\d{4})年")
    R.rate(ql, num(qz), num(qb), "2018 执行率")
    R.c("balance_mismatch", close(qs, num(qb) - num(qz)), "2018 剩余")
    R.c("year_mismatch", int(qy) > 2018, "2018 carry-over year")
    R.eq(qs, r1[6], "2018 剩余 vs 上年结转")
    # indicator table
    names = ["抗滑桩施工", "截排水沟长度", "专业监测点建设", "分部工程验收合格率", "主体工程完工时间", "工程施工合同价",
             "保护受威胁群众", "避免潜在经济损失", "坡面植被恢复面积", "工程设计使用年限", "受益群众满意度"]
    rows = []
    cells = {}
    for n in names:
        g = next(g for g in gs if n in g)
        tg, ac, cp, w, s = g[g.index(n) + 1:g.index(n) + 6]
        cells[n] = (tg, ac, cp, w, s)
        indicator(R, n, tg, ac, w, s, cp)
        rows.append((w, s))
    tg_total = next(g for g in gs if g[0] == "总分")
    tw, ts = [c for c in tg_total if c][1:3]
    ew, pw, bw, mw = R.one(r"按预算执行(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
    R.eq(ew, tot[3], "prose execution weight vs table")
    weights_scores(R, rows, tot[3], tot[5], tw, ts, "附件1", [range(0, 6), range(6, 10), range(10, 11)], [pw, bw, mw])
    # prose vs indicator table
    cs, jc2 = R.one(r"截排水沟(\d+)米，较计划多(\d+)米")
    R.eq(cs, cells["截排水沟长度"][1].rstrip("米"), "截排水沟 actual")
    R.total([cells["截排水沟长度"][0].lstrip("≥").rstrip("米"), jc2], cs, "截排水沟 计划 + 多出")
    R.eq(R.one(r"截排水沟(\d+)米，建成"), cells["截排水沟长度"][0].lstrip("≥").rstrip("米"), "goal 截排水沟")
    jh, jcn, pj = R.one(r"专业监测点计划(\d+)个，建成(\d+)个，平均每个建设费([\d.]+)万元")
    R.eq(jh, cells["专业监测点建设"][0].lstrip("≥").rstrip("个"), "监测点 target")
    R.eq(jcn, cells["专业监测点建设"][1].rstrip("个"), "监测点 actual")
    R.avg(pj, "万元", jc, "万元", jcn, "监测点 average cost")
    R.eq(ht, cells["工程施工合同价"][1].rstrip("万元"), "合同价 vs table")
    yy, mm, dd, tq = R.one(r"主体工程于(\d{4})年(\d+)月(\d+)日完工，比计划提前(\d+)天")
    R.c("year_mismatch", int(yy) == Y, "completion date year")
    R.c("sum_mismatch", int(dd) + int(tq) == 30, "提前天数")
    ff, sh, shl, my, myl = R.one(r"发放问卷(\d+)份，收回(\d+)份，收回率([\d.]+)%，表示满意的(\d+)份，满意度([\d.]+)%")
    R.rate(shl, num(sh), num(ff), "收回率")
    R.rate(myl, num(my), num(sh), "满意度")
    R.eq(myl, cells["受益群众满意度"][1].rstrip("%"), "满意度 vs table")
    R.share(R.one(r"满意率为([\d.]+)%"), "安全文明施工满意率")
    zf, zx, kf, dj = R.one(r"本项目自评得分([\d.]+)分，其中预算执行得分([\d.]+)分，专业监测点建设指标扣([\d.]+)分，评价等级为“(.)”")
    R.eq(zf, ts, "prose total vs table")
    R.eq(zx, tot[5], "prose execution score vs table")
    R.c("score_sum_mismatch", close(kf, num(cells["专业监测点建设"][3]) - num(cells["专业监测点建设"][4])), "扣分")
    R.grade(zf, dj, "prose grade")
    R.c("year_mismatch", int(R.one(r"文县自然资源局(\d{4})年度")) == Y, "title year")
    R.c("year_mismatch", int(R.one(r"项目支出绩效自评表（(\d{4})年度）")) == Y, "table year")


def chk_hubei(R):
    t = R.t
    Y = 2021
    rows = split_rows(t, "pdf")
    get = lambda k: after(rows, k, 6)
    tot, cur, car, oth = mof_funds(R, get, "自评表", "20")
    intro = R.one(r"（资金(\d+)万元）")
    bz, sb, su, xb, xu = R.one(r"补助标准为每户(\d+)万元，其中省级补助每户(\d+)(万元|元)、县级配套每户(\d+)(万元|元)")
    R.total([(sb, su), (xb, xu)], bz, "每户 省级+县级")
    jh, jhr = R.one(r"计划搬迁(\d+)户(\d+)人")
    nc, sj, xj = R.one(r"年初预算(\d+)万元，\s*其中省级资金(\d+)万元、县级配套(\d+)万元")
    R.total([sj, xj], nc, "年初 省+县")
    R.prod(([jh], (sb, su)), (sj, "万元"), "省级 每户 x 户数")
    R.prod(([jh], (xb, xu)), (xj, "万元"), "县级 每户 x 户数")
    jzh, jzm = R.one(r"2020年结转的(\d+)户补助(\d+)万元")
    R.prod(([jzh], (bz, "万元")), (jzm, "万元"), "结转 户数 x 标准")
    qn = R.one(r"全年预\s*算调整为(\d+)万元")
    R.total([nc, jzm], qn, "年初 + 结转 = 全年")
    R.eq(intro, qn, "opening amount vs 全年预算")
    R.eq(qn, tot[1], "全年预算 vs table")
    R.eq(nc, tot[0], "年初 vs table")
    R.eq(jzm, car[1], "结转 vs table")
    R.c("year_mismatch", int(R.one(r"截至(\d{4})年12月31日")) == Y, "截至 year")
    R.rate(R.one(r"到位率(\d+)%"), num(qn), num(qn), "到位率 (全部到位)")
    zc, zl, dc, dl, jc, jl = R.one(r"全年支出([\d.]+)万元，\s*执行率([\d.]+)%，其中当年资金支出([\d.]+)万元，执行率([\d.]+)%；2020年结转资金支出([\d.]+)万元，\s*执行率(\d+)%")
    R.rate(zl, num(zc), num(qn), "执行率")
    R.rate(dl, num(dc), num(nc), "当年执行率")
    R.rate(jl, num(jc), num(jzm), "结转执行率")
    R.total([dc, jc], zc, "当年 + 结转 支出")
    R.eq(zc, tot[2], "支出 vs table")
    R.eq(dc, cur[2], "当年支出 vs table")
    R.eq(jc, car[2], "结转支出 vs table")
    R.eq(zl, tot[4].rstrip("%"), "执行率 vs table")
    R.eq(dl, cur[4].rstrip("%"), "当年执行率 vs table")
    jy, jyh, jyy = R.one(r"年末结余([\d.]+)万元，为(\d+)户尚未完成搬迁的补助资金，已结转至(\d{4})年")
    R.c("balance_mismatch", close(jy, num(qn) - num(zc)), "结余 = 全年 - 支出")
    R.c("balance_mismatch", close(jy, num(jyh) * num(bz)), "结余 = 户数 x 标准")
    R.c("year_mismatch", int(jyy) > Y, "carry-over year")
    R.total(list(R.one(r"分别拨付(\d+)%、(\d+)%、\s*(\d+)%")), "100", "拨付节点")
    R.share(R.one(r"2020年度本项目执行率为([\d.]+)%"), "2020 执行率")
    wh, wr, hj, wcl = R.one(r"全年完成搬迁(\d+)户(\d+)人，户均([\d.]+)人，完成计划户数的([\d.]+)%")
    R.avg(hj, "", wr, "", wh, "户均人数")
    R.rate(wcl, num(wh), num(jh), "完成计划户数", code="completion_mismatch")
    R.total([wh, R.one(r"另有(\d+)户因安置")], jh, "完成 + 顺延 = 计划")
    a, b_, c_ = R.one(r"(\d+)户中集中安置(\d+)户、分散安置(\d+)户")
    R.total([b_, c_], a, "集中 + 分散")
    R.eq(a, wh, "安置户数")
    cf, cfl, qy = R.one(r"已拆除旧房(\d+)户，拆除率([\d.]+)%，其余(\d+)户")
    R.rate(cfl, num(cf), num(wh), "拆除率")
    R.total([cf, qy], wh, "拆除 + 其余")
    jr, hx, dy = R.one(r"减少受威胁人口(\d+)人，核销隐患点(\d+)处，较目标多(\d+)处")
    R.eq(jr, wr, "减少受威胁人口 = 搬迁人数")
    fs, my, myl = R.one(r"共(\d+)份，全部收回，满意及基本满意(\d+)份，满意\s*度([\d.]+)%")
    R.rate(myl, num(my), num(fs), "满意度")
    R.eq(fs, wh, "问卷份数 = 户数")
    # indicator table
    blocks = [["搬迁户数", "安置房竣工验收合格率", "旧房拆除率", "补助资金兑付及时率", "户均补助标准"],
              ["减少受威胁人口", "核销隐患点", "搬迁群众生产生活条件"], ["搬迁群众满意度"]]
    cells, wrows, levels, i = {}, [], [], 0
    for blk in blocks:
        idx = []
        for n in blk:
            tg, ac, w, s = after(rows, n, 4)
            cells[n] = (tg, ac, w, s)
            indicator(R, n, tg, ac, w, s)
            wrows.append((w, s))
            idx.append(i)
            i += 1
        levels.append(idx)
    bw = R.all(r"年度目标\d：[^（\n]+（(\d+)分）")
    tw, ts = after(rows, "合计", 2)
    ew, gw = R.one(r"预算执行占(\d+)分、绩效目标占(\d+)分")
    R.eq(ew, tot[3], "execution weight prose vs table", code="weight_sum_mismatch")
    R.c("weight_sum_mismatch", sum(num(x) for x in bw) == num(gw), "blocks sum vs 80")
    weights_scores(R, wrows, tot[3], tot[5], tw, ts, "自评表", levels, bw)
    R.eq(wh, cells["搬迁户数"][1].rstrip("户"), "搬迁户数 vs table")
    R.eq(jh, cells["搬迁户数"][0].lstrip("≥").rstrip("户"), "计划户数 vs table")
    R.eq(jhr, cells["减少受威胁人口"][0].lstrip("≥").rstrip("人"), "计划人数 vs table")
    R.eq(jr, cells["减少受威胁人口"][1].rstrip("人"), "减少人口 vs table")
    R.eq(hx, cells["核销隐患点"][1].rstrip("处"), "核销 vs table")
    R.total([cells["核销隐患点"][0].lstrip("≥").rstrip("处"), dy], hx, "核销 目标 + 多出")
    R.eq(cfl, cells["旧房拆除率"][1].rstrip("%"), "拆除率 vs table")
    R.eq(myl, cells["搬迁群众满意度"][1].rstrip("%"), "满意度 vs table")
    R.eq(bz, cells["户均补助标准"][1].replace("万元/户", ""), "补助标准 vs table")
    zf, dj = R.one(r"本项目得分([\d.]+)分，等级为(.)")
    R.eq(zf, ts, "prose total vs table")
    R.grade(zf, dj, "prose grade")
    for y in R.all(r"(\d{4})年度(?:地质灾害避险搬迁项目支出|项目支出绩效自评表)"):
        R.c("year_mismatch", int(y) == Y, "title/table year")


def chk_guangxi(R):
    t = R.t
    Y = 2020
    rows = split_rows(t, "tsv")
    get = lambda k: after(rows, k, 6)
    tot, cur, car, oth = mof_funds(R, get, "自评表", "10")
    R.c("year_mismatch", int(R.one(r"年度\t(\d{4})年")) == Y, "table 年度")
    R.c("year_mismatch", int(R.one(r"乐业县自然资源局(\d{4})年地质灾害")) == Y, "title year")
    R.c("year_mismatch", int(R.one(r"附件：(\d{4})年度")) == Y, "附件 year")
    R.c("year_mismatch", int(R.one(r"项目名称\t(\d{4})年")) == Y, "项目名称 year")
    n = R.one(r"聘用群测群防员(\d+)名")
    ys, zq, xj, sn, zj = R.one(r"项目预算([\d.]+)万元，其中自治区地质灾害防治专项资金([\d.]+)万元、县级财政资金([\d.]+)万元，比2019年的([\d.]+)万元增加([\d.]+)万元")
    R.total([zq, xj], ys, "自治区 + 县级")
    R.total([sn, zj], ys, "2019 + 增加")
    R.eq(ys, tot[1], "预算 vs table 全年")
    R.eq(ys, tot[0], "年内未调整: 年初 = 全年")
    bz, by, bn, bx, bxr, px, zb = R.one(r"群测群防员补助([\d.]+)万元（补助标准为每人每月(\d+)元，全年(\d+)元）、人身意外伤害保险([\d.]+)万元（每人每年(\d+)元）、业务培训([\d.]+)万元、巡查装备（[^）]*）([\d.]+)万元")
    R.total([bz, bx, px, zb], ys, "budget uses")
    R.prod((["12"], (by, "元")), (bn, "元"), "月标准 x 12")
    R.prod(([n], (bn, "元")), (bz, "万元"), "人数 x 年标准")
    R.prod(([n], (bxr, "元")), (bx, "万元"), "人数 x 保险")
    zc, zl, zqz, xz, xl = R.one(r"全年支出([\d.]+)万元，执行率([\d.]+)%，其中自治区资金([\d.]+)万元全部支出，县级资金支出([\d.]+)万元，执行率([\d.]+)%")
    R.rate(zl, num(zc), num(ys), "执行率")
    R.rate(xl, num(xz), num(xj), "县级执行率")
    R.total([zqz, xz], zc, "自治区 + 县级 支出")
    R.eq(zqz, zq, "自治区 全部支出")
    R.eq(zc, tot[2], "支出 vs table")
    R.eq(zl, tot[4].rstrip("%"), "执行率 vs table")
    s1, s2, s3, s4 = R.one(r"支出明细为：补助([\d.]+)万元、保险([\d.]+)万元、培训([\d.]+)万元、装备([\d.]+)万元")
    R.total([s1, s2, s3, s4], zc, "spending uses")
    ry, ss, rj = R.one(r"共计(\d+)人·月，补助少支出([\d.]+)万元，实际人均发放([\d.]+)元")
    R.prod(([ry], (by, "元")), (ss, "万元"), "空缺人月 x 标准")
    R.total([s1, ss], bz, "补助 实支 + 少支 = 预算")
    R.avg(rj, "元", s1, "万元", n, "人均发放")
    R.c("balance_mismatch", close(R.one(r"年末结余([\d.]+)万元"), num(ys) - num(zc)), "结余")
    # indicator table
    names = ["落实群测群防员人数", "举办群测群防员培训", "汛期巡查隐患点", "补助发放准确率", "巡查记录填写完整率",
             "补助按季度发放及时率", "补助标准", "成功预警避让地质灾害", "因地质灾害造成人员伤亡", "群测群防体系运行",
             "群测群防员满意度"]
    cells, wrows = {}, []
    for nm in names:
        tg, ac, w, s = after(rows, nm, 4)
        cells[nm] = (tg, ac, w, s)
        indicator(R, nm, tg, ac, w, s)
        wrows.append((w, s))
    tw, ts = [c for c in next(r for r in rows if r and r[0] == "总分") if c][1:3]
    ew, pw, bw, mw = R.one(r"按照预算执行(\d+)分、产出(\d+)分、效益(\d+)分、满意度(\d+)分")
    R.eq(ew, tot[3], "execution weight", code="weight_sum_mismatch")
    weights_scores(R, wrows, tot[3], tot[5], tw, ts, "自评表", [range(0, 7), range(7, 10), range(10, 11)], [pw, bw, mw])
    R.eq(n, cells["落实群测群防员人数"][1].rstrip("人"), "人数 vs table")
    R.eq(by, cells["补助标准"][1].split("元")[0], "补助标准 vs table")
    xc, xx, yb = R.one(r"汛期共巡查隐患点(\d+)处，报送险情信息(\d+)条，成功预警避让地质灾害(\d+)起")
    R.eq(xc, cells["汛期巡查隐患点"][1].rstrip("处"), "巡查 vs table")
    R.eq(yb, cells["成功预警避让地质灾害"][1].rstrip("起"), "预警避让 vs table")
    R.eq(R.one(r"完整率为([\d.]+)%"), cells["巡查记录填写完整率"][1].rstrip("%"), "完整率 vs table")
    sh, my, myl = R.one(r"收回(\d+)份，满意(\d+)份，满意度(\d+)%")
    R.rate(myl, num(my), num(sh), "满意度")
    R.eq(myl, cells["群测群防员满意度"][1].rstrip("%"), "满意度 vs table")
    R.share(R.one(r"满意度仅为([\d.]+)%"), "补助标准满意度")
    s19, g19 = R.one(r"2019年本项目自评得分([\d.]+)分，等级为(.)")
    R.grade(s19, g19, "2019 grade")
    zf, dj = R.one(r"2020年综合得分([\d.]+)分，绩效评价等级为“(.)”")
    R.eq(zf, ts, "total vs table")
    R.grade(zf, dj, "grade")


def chk_guizhou(R):
    t = R.t
    Y = 2023
    rows = split_rows(t, "pipe")
    get = lambda k: after(rows, k, 6)
    tot, cur, car, oth = mof_funds(R, get, "自评表", "10")
    for y in R.all(r"(\d{4})年度(?:地质灾害隐患点专业监测预警项目|项目支出绩效自评表)"):
        R.c("year_mismatch", int(y) == Y, "title/table year")
    nc, zy, ty, tm, xj, zjm, jy, jz, qn = R.one(r"年初预算([\d.]+)万元，其中中央自然灾害防治体系建设补助资金([\d.]+)万元（已于(\d{4})年(\d+)月提前下达）、县级资金([\d.]+)万元；7月追加中央资金([\d.]+)万元；另有(\d{4})年结转资金([\d.]+)万元。全年预算([\d.]+)万元")
    R.total([zy, xj], nc, "年初 = 中央 + 县级")
    R.total([nc, zjm, jz], qn, "全年 = 年初 + 追加 + 结转")
    R.total([zy, zjm, xj], cur[1], "当年财政拨款 全年")
    R.c("year_mismatch", int(ty) == Y or (int(ty) == Y - 1 and int(tm) == 12), "advance issue date")
    R.c("year_mismatch", int(jy) < Y, "carry-in year")
    R.eq(nc, tot[0], "年初 vs table")
    R.eq(qn, tot[1], "全年 vs table")
    R.eq(jz, car[1], "结转 vs table")
    a1, y1, m1, a2, y2, m2, y3, m3 = R.one(r"中央资金中([\d.]+)万元于(\d{4})年(\d+)月提前下达、([\d.]+)万元于(\d{4})年(\d+)月下达，县级资金于(\d{4})年(\d+)月拨付")
    R.eq(a1, zy, "提前下达金额")
    R.eq(a2, zjm, "追加金额")
    R.c("year_mismatch", (int(y1) == Y - 1 and int(m1) == 12) or int(y1) == Y, "advance year")
    R.c("year_mismatch", int(y2) == Y and int(y3) == Y, "issue years")
    zc, zl, zz, zzl, xz, xzl, jzz = R.one(r"全年支出([\d.]+)万元，执行率([\d.]+)%，其中中央资金支出([\d.]+)万元，执行率([\d.]+)%；县级资金支出([\d.]+)万元，执行率([\d.]+)%；结转资金([\d.]+)万元全部支出")
    R.rate(zl, num(zc), num(qn), "执行率")
    R.rate(zzl, num(zz), num(zy) + num(zjm), "中央执行率")
    R.rate(xzl, num(xz), num(xj), "县级执行率")
    R.total([zz, xz, jzz], zc, "中央 + 县级 + 结转 支出")
    R.eq(jzz, jz, "结转 全部支出")
    R.total([zz, xz], cur[2], "当年支出 vs table")
    R.eq(zc, tot[2], "支出 vs table")
    R.eq(zl, tot[4].rstrip("%"), "执行率 vs table")
    yw, xj2, tx = R.one(r"运维服务费([\d.]+)万元、新建监测点设备购置及安装([\d.]+)万元、通讯流量费([\d.]+)万元")
    R.total([yw, xj2, tx], zc, "uses")
    jy2, jyy = R.one(r"年末结余([\d.]+)万元，.*?已结转至(\d{4})年")
    R.c("balance_mismatch", close(jy2, num(qn) - num(zc)), "结余")
    R.c("year_mismatch", int(jyy) > Y, "carry-over year")
    by, bn = R.one(r"截至(\d{4})年底建成专业监测点(\d+)处")
    R.c("year_mismatch", int(by) < Y, "state before the year")
    names = ["专业监测点运维数量", "新建普适型监测点", "监测设备在线率", "预警信息推送准确率", "故障设备修复时限", "单点年运维费",
             "有效预警次数", "监测区域因灾死亡人数", "监测数据接入省级平台率", "受威胁群众满意度"]
    cells, wrows = {}, []
    for nm in names:
        tg, ac, w, s = after(rows, nm, 4)
        cells[nm] = (tg, ac, w, s)
        indicator(R, nm, tg, ac, w, s)
        wrows.append((w, s))
    tw, ts = after(rows, "总分", 6)[4:6]
    ew, pw, bw, mw = R.one(r"权重分别为(\d+)分、(\d+)分、(\d+)分、(\d+)分")
    R.eq(ew, tot[3], "execution weight", code="weight_sum_mismatch")
    weights_scores(R, wrows, tot[3], tot[5], tw, ts, "自评表", [range(0, 6), range(6, 9), range(9, 10)], [pw, bw, mw])
    R.eq(bn, cells["专业监测点运维数量"][0].lstrip("≥").rstrip("处"), "监测点数")
    pj, kz = R.one(r"平均每处年运维费([\d.]+)万元，低于([\d.]+)万元的控制标准")
    R.avg(pj, "万元", yw, "万元", cells["专业监测点运维数量"][1].rstrip("处"), "单点运维费")
    R.eq(pj, cells["单点年运维费"][1].rstrip("万元"), "单点运维费 vs table")
    R.eq(kz, cells["单点年运维费"][0].lstrip("≤").rstrip("万元"), "控制标准 vs table")
    R.eq(R.one(r"新建(\d+)处普适型监测点"), cells["新建普适型监测点"][0].lstrip("≥").rstrip("处"), "新建目标 vs table")
    xjn, wcl = R.one(r"新建普适型监测点(\d+)处，完成年度目标的([\d.]+)%")
    R.eq(xjn, cells["新建普适型监测点"][1].rstrip("处"), "新建 vs table")
    R.rate(wcl, num(xjn), num(cells["新建普适型监测点"][0].lstrip("≥").rstrip("处")), "新建完成率", code="completion_mismatch")
    R.eq(R.one(r"预警信息推送准确率([\d.]+)%，低于目标"), cells["预警信息推送准确率"][1].rstrip("%"), "推送准确率 vs table")
    R.eq(R.one(r"平均修复时长约(\d+)小时"), cells["故障设备修复时限"][1].rstrip("小时"), "修复时长 vs table")
    for x in R.all(r"(\d+)次有效预警|有效预警(\d+)次"):
        val = x[0] or x[1]
        R.eq(val, cells["有效预警次数"][1].rstrip("次"), "有效预警 vs table")
    dc, my, myl = R.one(r"抽取受威胁群众(\d+)户开展问卷调查，满意(\d+)户，满意度([\d.]+)%")
    R.rate(myl, num(my), num(dc), "满意度")
    R.eq(myl, cells["受威胁群众满意度"][1].rstrip("%"), "满意度 vs table")
    R.share(R.one(r"县级资金执行率提高到(\d+)%"), "target rate")
    zf, dj = R.one(r"自评得分([\d.]+)分，等级为(.)")
    R.eq(zf, ts, "total vs table")
    R.grade(zf, dj, "grade")


def chk_sichuan(R):
    t = R.t
    Y = 2024
    rows = split_rows(t, "fw")
    R.c("year_mismatch", int(R.one(r"丹巴县自然资源局(\d{4})年度部门整体")) == Y, "title year")
    R.c("year_mismatch", int(R.one(r"截至(\d{4})年12月31日")) == Y, "截至 year")
    R.c("year_mismatch", int(R.one(r"(\d{4})年末编制")) == Y, "编制 year")
    R.c("year_mismatch", int(R.one(r"已按规定结转至(\d{4})年")) > Y, "carry-over year")
    ny, nc, zj, qn, jb, xm, yb, jj = R.one(r"(\d{4})年年初预算([\d,.]+)万元，年中追加中央地质灾害防治资金等([\d,.]+)万元，全年预算([\d,.]+)万元，其中基本支出([\d,.]+)万元、项目支出([\d,.]+)万元；按资金性质分，一般公共预算拨款([\d,.]+)万元、政府性基金预算拨款([\d,.]+)万元")
    R.c("year_mismatch", int(ny) == Y, "budget year")
    R.total([nc, zj], qn, "年初 + 追加")
    R.total([jb, xm], qn, "基本 + 项目")
    R.total([yb, jj], qn, "一般 + 基金")
    zc, zl, jbz, ry, gy, xmz, xml, wz, w1, w2, w3 = R.one(r"全年支出([\d,.]+)万元，部门预算执行率([\d.]+)%。基本支出([\d,.]+)万元全部执行，其中人员经费([\d,.]+)万元、公用经费([\d,.]+)万元；项目支出([\d,.]+)万元，执行率([\d.]+)%。未执行的([\d,.]+)万元为牦牛坪滑坡治理工程尾款([\d,.]+)万元、专业监测运维尾款([\d,.]+)万元和规划编制尾款([\d,.]+)万元")
    R.rate(zl, num(zc), num(qn), "部门执行率")
    R.rate(xml, num(xmz), num(xm), "项目执行率")
    R.eq(jbz, jb, "基本支出 全部执行", code="rate_mismatch")
    R.total([jbz, xmz], zc, "基本 + 项目 支出")
    R.total([ry, gy], jbz, "人员 + 公用")
    R.c("balance_mismatch", close(wz, num(qn) - num(zc)), "未执行 = 全年 - 支出")
    R.total([w1, w2, w3], wz, "未执行 构成")
    # project table
    pnames = ["牦牛坪等滑坡综合治理工程", "地质灾害避险搬迁", "群测群防员补助", "隐患点专业监测及汛期应急排查", "国土空间规划及其他业务"]
    P = {n: after(rows, n, 5) for n in pnames}
    hj = [r for r in rows if r and r[0] == "合计" and len(r) <= 7][0][1:6]
    for i, col in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        R.total([P[n][i] for n in pnames], hj[i], f"项目表 {col}")
    for n in pnames:
        R.rate(P[n][3].rstrip("%"), num(P[n][2]), num(P[n][1]), f"{n} 执行率")
    R.rate(hj[3].rstrip("%"), num(hj[2]), num(hj[1]), "合计 执行率")
    R.eq(hj[1], xm, "项目表合计 vs 项目支出")
    R.eq(hj[2], xmz, "项目表执行 vs 项目支出")
    R.eq(hj[3].rstrip("%"), xml, "项目表执行率 vs prose")
    R.c("balance_mismatch", close(w1, num(P[pnames[0]][1]) - num(P[pnames[0]][2])), "治理尾款")
    R.c("balance_mismatch", close(w2, num(P[pnames[3]][1]) - num(P[pnames[3]][2])), "监测尾款")
    R.c("balance_mismatch", close(w3, num(P[pnames[4]][1]) - num(P[pnames[4]][2])), "规划尾款")
    pn, pav = R.one(r"对(\d+)个项目开展了自评，各项目平均自评得分([\d.]+)分")
    R.eq(pn, str(len(pnames)), "项目个数")
    R.c("average_mismatch", close(pav, sum(num(P[n][4]) for n in pnames) / len(pnames)), "平均自评得分")
    # department indicator table: 指标性质 指标值 度量单位 实际完成值 分值 得分
    names = ["滑坡治理工程完工数量", "避险搬迁户数", "落实群测群防员人数", "汛期应急排查隐患点", "治理工程验收合格率",
             "专业监测数据实时上传率", "户均搬迁补助", "减少受威胁人口", "因地质灾害死亡人数", "治理工程后期管护机制",
             "受益群众满意度"]
    cells, wrows = {}, []
    for nm in names:
        xz_, zb, dw, sj, w, s = after(rows, nm, 6)
        if xz_ == "定性":
            tg, ac = zb, sj
        else:
            tg, ac = f"{xz_}{zb}{dw}", f"{sj}{dw}"
        cells[nm] = (zb, sj, w, s)
        indicator(R, nm, tg, ac, w, s)
        wrows.append((w, s))
    ex = after(rows, "部门预算执行率", 6)
    R.eq(ex[3], zl, "执行率 table vs prose")
    exec_row(R, "部门预算执行率", ex[4], ex[3], ex[5])
    tot_row = [r for r in rows if r and r[0] == "合计" and len(r) > 8][0]
    tw, ts = [c for c in tot_row if c][1:3]
    ew, iw, zf, dj = R.one(r"预算执行(\d+)分、绩效指标(\d+)分，部门整体支出自评得分([\d.]+)分，等级为(..)")
    R.eq(ew, ex[4], "execution weight", code="weight_sum_mismatch")
    weights_scores(R, wrows, ex[4], ex[5], tw, ts, "自评表", [range(0, 11)], [iw])
    R.eq(zf, ts, "total vs table")
    R.grade(zf, dj, "grade")
    wc, bq, jr, pc = R.one(r"全年完成(\d+)处滑坡综合治理、避险搬迁(\d+)户、落实群测群防员(\d+)人、汛期应急排查隐患点(\d+)处")
    R.eq(wc, cells["滑坡治理工程完工数量"][1], "治理 vs table")
    R.eq(bq, cells["避险搬迁户数"][1], "搬迁 vs table")
    R.eq(jr, cells["落实群测群防员人数"][1], "群测群防员 vs table")
    R.eq(pc, cells["汛期应急排查隐患点"][1], "排查 vs table")
    R.eq(R.one(r"综合治理工程计划(\d+)处"), cells["滑坡治理工程完工数量"][0], "治理计划 vs table")
    hb, hz = R.one(r"按每户(\d+)万元标准补助，共计([\d.]+)万元")
    R.avg(hb, "万元", hz, "万元", bq, "户均搬迁补助")
    R.eq(hb, cells["户均搬迁补助"][1], "户均 vs table")
    R.eq(hz, P["地质灾害避险搬迁"][2], "搬迁支出 vs 项目表")
    yb2, qz = R.one(r"补助标准为每人每月(\d+)元，全年支出([\d.]+)万元")
    R.prod(([jr, "12"], (yb2, "元")), (qz, "万元"), "群测群防员补助")
    R.eq(qz, P["群测群防员补助"][2], "群测群防支出 vs 项目表")
    pz, jh, xf, wcl = R.one(r"组织应急排查组(\d+)个，对(\d+)处计划排查点全部完成排查，并对雨后新发现的(\d+)处风险点开展了排查，完成计划的([\d.]+)%")
    R.eq(jh, cells["汛期应急排查隐患点"][0], "排查计划 vs table")
    R.total([jh, xf], pc, "计划 + 新发现")
    R.rate(wcl, num(pc), num(jh), "排查完成率", code="completion_mismatch")
    R.eq(R.one(r"累计减少受威胁人口([\d,]+)人"), cells["减少受威胁人口"][1], "减少受威胁人口 vs table")
    sc, sm = R.one(r"实时上传率([\d.]+)%，低于(\d+)%的目标")
    R.eq(sc, cells["专业监测数据实时上传率"][1], "上传率 vs table")
    R.eq(sm, cells["专业监测数据实时上传率"][0], "上传率目标 vs table")
    dc, my, myl = R.one(r"抽样调查(\d+)户，表示满意的(\d+)户，满意度([\d.]+)%")
    R.rate(myl, num(my), num(dc), "满意度")
    R.eq(myl, cells["受益群众满意度"][1], "满意度 vs table")
    m2, m2t = R.one(r"群众满意度([\d.]+)%，未达到(\d+)%的目标")
    R.eq(m2, myl, "满意度 restated")
    R.share(R.one(r"2023年度部门预算执行率为([\d.]+)%"), "2023 执行率")


DRAFTS = {
    "gs-wenxian-huapozhili-2019": chk_gansu,
    "hb-hefeng-bixianbanqian-2021": chk_hubei,
    "gx-leye-qunceyuan-2020": chk_guangxi,
    "gz-hezhang-zhuanyejiance-2023": chk_guizhou,
    "sc-danba-zirangj-bumen-2024": chk_sichuan,
}


def run(src, text):
    R = Run(text)
    DRAFTS[src](R)
    return R


def main():
    problems = []
    labels = [json.loads(l) for l in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    if len(labels) != 35:
        problems.append(f"expected 35 labelled cases, found {len(labels)}")
    files = sorted(p.name for p in CASES.glob("*.txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ disagree")
    counts = Counter()
    clean_text = {}
    for l in labels:
        if l["clean"]:
            clean_text[l["source"]] = (CASES / l["case"]).read_text(encoding="utf-8")
    for src, text in clean_text.items():
        if not 2700 <= len(text) <= 3500:
            problems.append(f"{src}: clean draft has {len(text)} characters")
    for l in labels:
        name, src = l["case"], l["source"]
        text = (CASES / name).read_text(encoding="utf-8")
        try:
            R = run(src, text)
        except AssertionError as e:
            problems.append(f"{name}: extraction failed: {e}")
            continue
        if l["clean"]:
            if l["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if R.fails or R.warns:
                problems.append(f"{name}: clean draft fails checks: {R.fails + R.warns}")
            else:
                print(f"ok   {name}: all checks pass")
            continue
        exp = l["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        e = exp[0]
        code, value = e["code"], e["value"]
        counts[code] += 1
        if code not in CODES or e["severity"] != "error":
            problems.append(f"{name}: bad code/severity {code}/{e['severity']}")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if len(occ) != 1:
            problems.append(f"{name}: value {value!r} occurs {len(occ)} times")
            continue
        clean = clean_text[src]
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        d0, d1 = p, len(text) - s
        v0, v1 = occ[0], occ[0] + len(value)
        if d1 <= d0 and d0 == d1 and len(text) == len(clean):
            problems.append(f"{name}: identical to its clean draft")
            continue
        if not (d0 < v1 and v0 < max(d1, d0 + 1)):
            problems.append(f"{name}: changed span [{d0},{d1}) does not overlap value at [{v0},{v1})")
        if d1 - d0 > 200:
            problems.append(f"{name}: changed span too long ({d1 - d0})")
        got = R.codes()
        if got != {code}:
            problems.append(f"{name}: expected only {code} to fail, got {sorted(got)}: {R.fails}")
        else:
            print(f"ok   {name}: {code} fails ({R.fails[0][1]}); changed span [{d0},{d1}) "
                  f"{'(+ warnings: ' + '; '.join(m for _, m in R.warns) + ')' if R.warns else ''}")
    for c in CODES:
        if counts[c] < 2:
            problems.append(f"code {c} used {counts[c]} times (< 2)")
    print("counts:", dict(sorted(counts.items())))
    if problems:
        print("\nPROBLEMS:")
        for x in problems:
            print(" -", x)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
