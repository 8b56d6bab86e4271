#!/usr/bin/env python3
"""Verify set n406 (standard library only, decimal arithmetic).

1. every label value occurs in its case; each error case differs from its clean draft in one contiguous
   place that overlaps the label value; a changed figure (3+ characters) appears only once in the clean draft,
   except for conflicting_values where it must appear at least twice;
2. every code of errors.md §A (1-13) is used at least twice;
3. the arithmetic of every case is redone by a per-project checker (identities I1-I14 of rules.md, tolerance
   of rules.md §8): clean drafts must pass every check (warnings included); an error case must fail the
   labelled code and no other error-level code.
Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
WARNINGS = {"score_rule_mismatch"}

TENK = D(10000)


class ParseError(Exception):
    pass


# ----------------------------------------------------------------------------- numbers

def N(s):
    return D(str(s).replace(",", ""))


def ndec(s):
    s = str(s).replace(",", "")
    return len(s.split(".", 1)[1]) if "." in s else 0


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


FACTOR = {"万元": D(1), "元": D(1) / TENK, "亿元": TENK, None: D(1)}


class Q:
    """A stated quantity: value normalised (money to 万元) and the half-unit tolerance of its last digit."""

    def __init__(self, s, unit=None, approx=False):
        self.s = str(s)
        f = FACTOR.get(unit, D(1))
        self.v = N(s) * f
        self.tol = D("0.5") * (D(10) ** -ndec(s)) * f + D("1e-9")
        if approx:  # 约/余/左右: one unit of the last digit either way
            self.tol = self.tol * 2

    def __repr__(self):
        return self.s


def q(x, unit=None):
    return x if isinstance(x, Q) else Q(x, unit)


def close(stated, computed):
    stated = q(stated)
    return abs(stated.v - D(computed)) <= stated.tol


# ----------------------------------------------------------------------------- indicator rows

SIGN_GTE = ("≥", "＞＝", ">=", "不低于", "不少于", "达到")
SIGN_LTE = ("≤", "＜＝", "<=", "不高于", "不超过")
DATE_RE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日(前)?$")
NUM_RE = re.compile(r"^([\d,]+(?:\.\d+)?)(.*)$")


def parse_val(s):
    """-> dict(kind=num|date|text, dir, v, unit, raw)"""
    raw = s.strip()
    d = "eq"
    body = raw
    for p in SIGN_GTE:
        if body.startswith(p):
            d, body = "gte", body[len(p):]
            break
    else:
        for p in SIGN_LTE:
            if body.startswith(p):
                d, body = "lte", body[len(p):]
                break
    m = DATE_RE.match(body)
    if m:
        return {"kind": "date", "dir": "lte" if (m.group(4) or d == "lte") else "eq",
                "v": (int(m.group(1)), int(m.group(2)), int(m.group(3))), "unit": "date", "raw": raw}
    m = NUM_RE.match(body)
    if m:
        return {"kind": "num", "dir": d, "v": N(m.group(1)), "s": m.group(1), "unit": m.group(2).strip(),
                "raw": raw}
    return {"kind": "text", "dir": "qual", "raw": raw, "unit": None}


def completion(t, a):
    """rules §5 completion in percent, or None when it cannot be computed."""
    if t["kind"] == "date" and a["kind"] == "date":
        return D(100) if a["v"] <= t["v"] else D(0)
    if t["kind"] != "num" or a["kind"] != "num" or t["unit"] != a["unit"]:
        return None
    T, A = t["v"], a["v"]
    if t["dir"] == "lte":
        return D(100) if A <= T else T / A * 100
    if T == 0:
        return D(100) if A <= 0 else D(0)
    return A / T * 100


def expected_score(t, a, w, printed_completion=None):
    """list of acceptable scores (unrounded) under rules §5; None for qualitative rows."""
    if t["kind"] == "text":
        return None
    c = completion(t, a)
    if c is None:
        return []
    outs = [w * min(D(1), c / 100)]
    if printed_completion is not None:
        outs.append(w * min(D(1), printed_completion / 100))
    return outs


# ----------------------------------------------------------------------------- checker

class K:
    def __init__(self, text, year):
        self.t = text
        self.y = year
        self.res = []

    # -- results
    def add(self, code, ok, msg):
        self.res.append((code, bool(ok), msg))

    # -- extraction
    def m(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ParseError(f"{len(ms)} matches for {pat!r}")
        return ms[0]

    def g(self, pat):
        gs = self.m(pat).groups()
        return gs[0] if len(gs) == 1 else gs

    def bar_rows(self, first, blank_second=None):
        """｜-separated table rows whose first cell is in `first` (dict name -> cells);
        blank_second=True/False keeps only rows whose second cell is empty/non-empty (total rows)."""
        out = {}
        for line in self.t.splitlines():
            if "｜" in line:
                cells = line.split("｜")
                if blank_second is not None and (cells[1] == "") != blank_second:
                    continue
                if cells[0] in first:
                    if cells[0] in out:
                        raise ParseError(f"duplicate row {cells[0]}")
                    out[cells[0]] = cells
        missing = [f for f in first if f not in out]
        if missing:
            raise ParseError(f"missing rows {missing}")
        return out

    def bar_indicators(self, level1=("产出指标", "效益指标", "满意度指标")):
        rows = []
        for line in self.t.splitlines():
            cells = line.split("｜")
            if len(cells) >= 7 and cells[0] in level1:
                rows.append(cells)
        return rows

    def tab_groups(self):
        """flattened Word tables: runs of lines starting with a tab; one run = one row."""
        groups, cur = [], []
        for line in self.t.split("\n"):
            if line.startswith("\t"):
                cur.append(line[1:])
            else:
                if cur:
                    groups.append(cur)
                cur = []
        if cur:
            groups.append(cur)
        return groups

    # -- identities
    def same(self, a, b, what):
        """one quantity stated twice (I11); a power-of-ten-thousand gap is a unit slip."""
        a, b = q(a), q(b)
        ok = abs(a.v - b.v) <= max(a.tol, b.tol)
        code = "conflicting_values"
        if not ok and b.v != 0 and a.v != 0:
            for f in (TENK, 1 / TENK):
                if abs(a.v - b.v * f) <= max(a.tol, b.tol * f) or abs(b.v - a.v * f) <= max(b.tol, a.tol * f):
                    code = "unit_mismatch"
        self.add(code, ok, f"{what}: {a} vs {b}")

    def total(self, stated, parts, what, code="sum_mismatch"):
        stated = q(stated)
        parts = [q(p) for p in parts]
        c = sum((p.v for p in parts), D(0))
        ok = close(stated, c)
        if not ok:
            for i in range(len(parts)):
                for f in (TENK, 1 / TENK):
                    c2 = c - parts[i].v + parts[i].v * f
                    if close(stated, c2):
                        code = "unit_mismatch"
            for f in (TENK, 1 / TENK):
                if abs(stated.v * f - c) <= stated.tol * f:
                    code = "unit_mismatch"
        self.add(code, ok, f"{what}: stated {stated}, sum {c}")

    def product(self, stated, factors, what):
        stated = q(stated)
        c = D(1)
        for f in factors:
            c *= q(f).v
        ok = close(stated, c)
        code = "sum_mismatch"
        if not ok:
            for f in (TENK, 1 / TENK):
                if abs(stated.v * f - c) <= stated.tol * f:
                    code = "unit_mismatch"
        self.add(code, ok, f"{what}: stated {stated}, product {c}")

    def diff(self, stated, a, b, what, code="balance_mismatch"):
        c = q(a).v - q(b).v
        self.add(code, close(stated, c), f"{what}: stated {stated}, {a} - {b} = {c}")

    def rate(self, stated, num, den, what, code="rate_mismatch"):
        num, den = q(num).v, q(den).v
        if den == 0:
            self.add("implausible_rate", N(stated) == 0, f"{what}: rate {stated} on a zero base")
            return
        c = num / den * 100
        self.add(code, close(stated, c), f"{what}: stated {stated}%, computed {c:.4f}%")

    def bound(self, stated, what):
        self.add("implausible_rate", D(0) <= N(stated) <= D(100), f"{what}: rate {stated}% outside [0, 100]")

    def le(self, a, b, what):
        self.add("implausible_rate", q(a).v <= q(b).v, f"{what}: {a} should not exceed {b}")

    def avg(self, stated, items, what):
        c = sum((N(i) for i in items), D(0)) / len(items)
        self.add("average_mismatch", close(stated, c), f"{what}: stated {stated}, mean {c}")

    def year(self, stated, ok_fn, what):
        self.add("year_mismatch", ok_fn(int(stated)), f"{what}: {stated} (evaluation year {self.y})")

    def grade(self, total, word, what="grade"):
        t = N(total)
        band = "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"
        norm = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中", "合格": "中",
                "差": "差", "较差": "差", "不合格": "差"}[word]
        self.add("grade_mismatch", norm == band, f"{what}: total {total} -> {band}, stated {word}")

    def exec_score(self, stated, w, rate_str, num, den, what):
        """score = weight x min(rate, 100%); from the unrounded or the printed rate (rules §8)."""
        c1 = N(w) * min(D(1), q(num).v / q(den).v)
        c2 = N(w) * min(D(1), N(rate_str) / 100)
        self.add("score_rule_mismatch", close(stated, c1) or close(stated, c2),
                 f"{what}: score {stated} vs {c1:.4f}/{c2:.4f}")

    def indicators(self, rows, exec_w, exec_s, total_w, total_s, what="table"):
        """rows: dicts name, target, actual, weight, score, [completion].
        weight sums (I6), score <= weight and score sums (I7), units (I13), completion (I8), score rule (§5)."""
        ws = sum((N(r["weight"]) for r in rows), D(0)) + N(exec_w)
        self.add("weight_sum_mismatch", ws == 100, f"{what}: weights sum {ws}")
        if total_w is not None:
            self.add("weight_sum_mismatch", N(total_w) == ws, f"{what}: stated weight total {total_w} vs {ws}")
        ss = sum((N(r["score"]) for r in rows), D(0)) + N(exec_s)
        if total_s is not None:
            self.add("score_sum_mismatch", close(total_s, ss), f"{what}: stated total {total_s} vs sum {ss}")
        for r in rows:
            w, s = N(r["weight"]), N(r["score"])
            self.add("score_exceeds_weight", D(0) <= s <= w, f"{r['name']}: score {s} weight {w}")
            t, a = parse_val(r["target"]), parse_val(r["actual"])
            if t["kind"] == "text" or a["kind"] == "text":
                # qualitative row: achieved band [80%, 100%], partly [60%, 80%)
                self.add("score_rule_mismatch", s >= w * D("0.6"), f"{r['name']}: qualitative score {s}/{w}")
                continue
            unit_ok = t["unit"] == a["unit"]
            self.add("unit_mismatch", unit_ok, f"{r['name']}: target unit {t['unit']!r}, actual unit {a['unit']!r}")
            if not unit_ok:
                continue
            c = completion(t, a)
            if c is None:
                continue
            pc = None
            if r.get("completion") is not None:
                pc = N(r["completion"].rstrip("%"))
                self.add("completion_mismatch", close(r["completion"].rstrip("%"), c),
                         f"{r['name']}: completion {r['completion']} vs {c:.4f}")
            exp = expected_score(t, a, w, pc)
            self.add("score_rule_mismatch", any(close(r["score"], e) for e in exp),
                     f"{r['name']}: score {s} vs {[str(r2(e)) for e in exp]}")


def blocks(rows):
    out = {}
    for r in rows:
        out.setdefault(r["l1"], [D(0), D(0)])
        out[r["l1"]][0] += N(r["weight"])
        out[r["l1"]][1] += N(r["score"])
    return out


# ============================================================================= projects

def p_zaoyang(text):
    k = K(text, 2018)
    Y = k.y
    k.year(k.g(r"^枣阳市民政局\n(\d{4})年度"), lambda v: v == Y, "title year")
    k.year(k.g(r"《关于做好(\d{4})年度市直部门预算项目绩效自评工作的通知》"), lambda v: v == Y, "notice year")
    k.year(k.g(r"（枣财绩〔(\d{4})〕2号）"), lambda v: v == Y + 1, "notice issued the following year")
    # funds, prose
    ini, ini_p, ini_c = k.g(r"项目年初预算([\d.]+)万元，其中省级婚姻登记历史数据补录补助资金([\d.]+)万元、市本级财政资金([\d.]+)万元")
    k.total(ini, [ini_p, ini_c], "年初 = 省 + 市")
    k.year(k.g(r"省级资金已于(\d{4})年12月提前下达"), lambda v: v in (Y - 1, Y), "advance issued in December before")
    add, ann = k.g(r"追加市本级资金([\d.]+)万元，全年预算调整为([\d.]+)万元")
    k.total(ann, [ini, add], "全年 = 年初 + 追加")
    k.year(k.g(r"截至(\d{4})年12月31日"), lambda v: v == Y, "截至 year-end")
    rec, rec_p, rec_c, rec_add, rec_rate = k.g(
        r"实际到位资金([\d.]+)万元，其中省级资金([\d.]+)万元全额到位，市本级资金到位([\d.]+)万元（追加部分到位([\d.]+)万元），资金到位率([\d.]+)%")
    k.total(rec, [rec_p, rec_c], "到位 = 省 + 市")
    k.total(rec_c, [ini_c, rec_add], "市本级到位 = 年初市本级 + 追加到位")
    k.add("rate_mismatch", N(rec_p) == N(ini_p), "省级 全额到位 ⇒ 到位 = 预算")
    k.le(rec_add, add, "追加到位 ≤ 追加")
    k.rate(rec_rate, rec, ann, "到位率")
    k.bound(rec_rate, "到位率")
    spent, ex_rate = k.g(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%")
    k.rate(ex_rate, spent, ann, "执行率")
    k.bound(ex_rate, "执行率")
    k.le(spent, rec, "执行 ≤ 到位")
    scan, pages, unit = k.g(r"档案扫描外包服务费([\d.]+)万元（扫描(\d+)页，单价([\d.]+)元/页）")
    k.product(scan, [pages, Q(unit, "元")], "扫描费 = 页数 × 单价")
    labour, ppl, months, wage = k.g(r"临聘补录人员劳务费([\d.]+)万元（(\d+)人，聘用(\d+)个月，每人每月(\d+)元）")
    k.product(labour, [ppl, months, Q(wage, "元")], "劳务费 = 人数 × 月数 × 月薪")
    equip, per = k.g(r"档案查询终端及扫描设备([\d.]+)万元（每台终端含配套扫描仪([\d.]+)万元）")
    boxes = k.g(r"档案装具及耗材([\d.]+)万元")
    train = k.g(r"业务培训及宣传([\d.]+)万元")
    k.total(spent, [scan, labour, equip, boxes, train], "支出构成")
    bal, to_year = k.g(r"结余([\d.]+)万元，结转至(\d{4})年")
    k.diff(bal, rec, spent, "结余 = 到位 − 执行")
    k.year(to_year, lambda v: v > Y, "carry-over goes to a later year")
    # table: funds
    fr = k.bar_rows(["年度资金总额", "其中：省级补助资金", "市本级财政资金"])
    t = fr["年度资金总额"]
    k.same(t[1], ini, "年初预算 table/prose")
    k.same(t[2], ann, "全年预算 table/prose")
    k.same(t[3], spent, "执行 table/prose")
    k.rate(t[5].rstrip("%"), t[3], t[2], "table 执行率")
    k.same(t[5].rstrip("%"), ex_rate, "执行率 table/prose")
    pr, cr = fr["其中：省级补助资金"], fr["市本级财政资金"]
    for i, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        k.total(t[i], [pr[i], cr[i]], f"table {nm} = 省 + 市")
    k.same(pr[1], ini_p, "省级年初 table/prose")
    k.same(cr[1], ini_c, "市本级年初 table/prose")
    k.total(cr[2], [cr[1], add], "市本级全年 = 年初 + 追加")
    k.rate(pr[5].rstrip("%"), pr[3], pr[2], "省级执行率")
    k.rate(cr[5].rstrip("%"), cr[3], cr[2], "市本级执行率")
    k.diff(bal, rec_c, cr[3], "结余 = 市本级到位 − 市本级执行")
    k.le(pr[3], rec_p, "省级执行 ≤ 到位")
    exec_w, exec_s = t[4], t[6]
    k.exec_score(exec_s, exec_w, t[5].rstrip("%"), t[3], t[2], "执行得分")
    # table: indicators
    rows = []
    for c in k.bar_indicators():
        rows.append({"l1": c[0], "name": c[2], "target": c[3], "actual": c[4], "weight": c[5], "score": c[6],
                     "note": c[7]})
    byname = {r["name"]: r for r in rows}
    tot = k.bar_rows(["合计"])["合计"]
    k.indicators(rows, exec_w, exec_s, tot[5], tot[6])
    # terminals: 台数 × 单价
    n_term = parse_val(byname["档案查询终端配置数量"]["actual"])["v"]
    k.product(equip, [n_term, per], "终端设备 = 台数 × 单价")
    # weights and scores in the prose
    w_exec = k.g(r"预算执行率分值(\d+)分")
    w_ind, w_out, w_ben, w_sat = k.g(r"绩效指标分值(\d+)分，其中产出指标（分值(\d+)分）、效益指标（分值(\d+)分）、满意度指标（分值(\d+)分）")
    k.add("weight_sum_mismatch", N(w_exec) + N(w_ind) == 100, "20 + 80")
    k.add("weight_sum_mismatch", N(w_out) + N(w_ben) + N(w_sat) == N(w_ind), "产出+效益+满意度 = 80")
    k.same(w_exec, exec_w, "执行分值 prose/table")
    bl = blocks(rows)
    for nm, wv in (("产出指标", w_out), ("效益指标", w_ben), ("满意度指标", w_sat)):
        k.add("weight_sum_mismatch", bl[nm][0] == N(wv), f"{nm} weights {bl[nm][0]} vs {wv}")
    s_exec, s_out, s_ben, s_sat, s_tot, grade = k.g(
        r"预算执行得分([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得([\d.]+)分，综合得分([\d.]+)分，评价等级为(优|良|中|差)")
    k.same(s_exec, exec_s, "执行得分 prose/table")
    for nm, sv in (("产出指标", s_out), ("效益指标", s_ben), ("满意度指标", s_sat)):
        k.add("score_sum_mismatch", close(sv, bl[nm][1]), f"{nm} score {sv} vs rows {bl[nm][1]}")
    k.total(s_tot, [s_exec, s_out, s_ben, s_sat], "综合得分 = 各部分", code="score_sum_mismatch")
    k.same(s_tot, tot[6], "综合得分 prose/table")
    k.grade(s_tot, grade)
    ded = k.g(r"效益指标扣(\d+)分")
    k.add("score_sum_mismatch", N(w_ben) - N(s_ben) == N(ded), "效益扣分")
    # outputs, prose
    act, comp, extra = k.g(r"全年补录历史婚姻登记档案(\d+)份，完成年度目标的([\d.]+)%，比目标多出的(\d+)份")
    r0 = byname["历史婚姻登记档案补录数量"]
    tgt = parse_val(r0["target"])["v"]
    k.same(act, parse_val(r0["actual"])["v"], "补录份数 prose/table")
    k.add("completion_mismatch", close(comp, N(act) / tgt * 100), f"补录完成率 {comp}")
    k.diff(extra, act, tgt, "超出份数", code="sum_mismatch")
    dev = k.g(r"超额([\d.]+)%")
    k.add("completion_mismatch", close(dev, (N(act) - tgt) / tgt * 100), f"超额 {dev}%")
    n_chk, n_err, acc = k.g(r"抽查的(\d+)条数据中差错(\d+)条，数据准确率([\d.]+)%")
    k.rate(acc, N(n_chk) - N(n_err), n_chk, "准确率")
    k.same(acc, parse_val(byname["补录数据准确率"]["actual"])["v"], "准确率 prose/table")
    up_m, up_d = k.g(r"(\d+)月(\d+)日全部数据上传省级系统")
    k.add("conflicting_values", parse_val(byname["补录数据上传完成时间"]["actual"])["v"] == (Y, int(up_m), int(up_d)),
          "上传日期 prose/table")
    for r in rows:
        if r["name"] == "补录数据上传完成时间":
            k.year(parse_val(r["target"])["v"][0], lambda v: v == Y, "时效 target year")
            k.year(parse_val(r["actual"])["v"][0], lambda v: v == Y, "时效 actual year")
    g_n, g_acc, g_m, g_d = k.g(r"完成历史婚姻登记档案补录不少于(\d+)份，补录数据准确率不低于(\d+)%，(\d+)月(\d+)日前全部上传")
    k.same(g_n, tgt, "补录目标 goal/table")
    k.same(g_acc, parse_val(byname["补录数据准确率"]["target"])["v"], "准确率目标 goal/table")
    k.add("conflicting_values", parse_val(byname["补录数据上传完成时间"]["target"])["v"] == (Y, int(g_m), int(g_d)),
          "上传时限 goal/table")
    k.same(k.g(r"随机抽取(\d+)条补录数据"), n_chk, "抽查条数")
    p_unit, p_cap = k.g(r"外包扫描单价([\d.]+)元/页，低于([\d.]+)元/页的控制标准")
    k.same(p_unit, unit, "单价 prose/prose")
    k.same(p_unit, parse_val(byname["档案扫描外包单价"]["actual"])["v"], "单价 prose/table")
    k.same(p_cap, parse_val(byname["档案扫描外包单价"]["target"])["v"], "单价上限 prose/table")
    k.same(k.g(r"略低于(\d+)%的目标值"), parse_val(byname["补领业务群众满意度"]["target"])["v"], "满意度目标")
    qry, rest = k.g(r"联网可查询率达到([\d.]+)%，其余([\d.]+)%")
    k.total("100", [qry, rest], "查询率 + 其余 = 100%")
    k.same(qry, parse_val(byname["历史婚姻登记信息联网可查询率"]["actual"])["v"], "查询率 prose/table")
    sent, back, back_rate, sat_n, sat = k.g(r"发放问卷(\d+)份，回收(\d+)份，回收率(\d+)%；表示满意的(\d+)份，满意度([\d.]+)%")
    k.rate(back_rate, back, sent, "回收率")
    k.rate(sat, sat_n, back, "满意度")
    k.bound(sat, "满意度")
    k.same(sat, parse_val(byname["补领业务群众满意度"]["actual"])["v"], "满意度 prose/table")
    k.year(k.g(r"自评表（(\d{4})年度）"), lambda v: v == Y, "table year")
    k.year(k.g(r"\n(\d{4})年3月15日\n"), lambda v: v in (Y, Y + 1), "report date")
    return k.res


def p_xiaoyi(text):
    k = K(text, 2020)
    Y = k.y
    k.year(k.g(r"^孝义市民政局(\d{4})年度"), lambda v: v == Y, "title year")
    groups = k.tab_groups()
    names = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)", "预算执行率(%)"]
    fund = {}
    for gr in groups:
        if gr and gr[0] in names:
            if gr[0] in fund or len(gr) != 9:
                raise ParseError(f"bad funds row {gr[0]}")
            fund[gr[0]] = gr
    if len(fund) != len(names):
        raise ParseError("funds table incomplete")
    cols = ["总", "小计", "省", "市", "县", "结转", "其他"]
    F = {nm: dict(zip(cols, fund[nm][2:])) for nm in names}
    for nm in names[:5]:
        r = F[nm]
        k.total(r["总"], [r["小计"], r["结转"], r["其他"]], f"{nm}: 总 = 小计 + 结转 + 其他")
        k.total(r["小计"], [r["省"], r["市"], r["县"]], f"{nm}: 小计 = 省 + 市 + 县")
    for c in cols:
        k.diff(F["资金结余"][c], F["实际到位资金"][c], F["全年执行资金"][c], f"(5)=(3)-(4) {c}")
        k.rate(F["预算到位率(%)"][c], F["实际到位资金"][c], F["全年预算资金"][c], f"(6)=(3)/(2) {c}")
        k.rate(F["预算执行率(%)"][c], F["全年执行资金"][c], F["全年预算资金"][c], f"(7)=(4)/(2) {c}")
        k.bound(F["预算到位率(%)"][c], f"到位率 {c}")
        k.bound(F["预算执行率(%)"][c], f"执行率 {c}")
        k.le(F["实际到位资金"][c], F["全年预算资金"][c], f"到位 ≤ 预算 {c}")
        k.le(F["全年执行资金"][c], F["实际到位资金"][c], f"执行 ≤ 到位 {c}")
    # prose funds
    ini, add, cy, carry, ann = k.g(r"年初预算(\d+)万元，年中追加县级资金([\d.]+)万元，加上(\d{4})年结转的([\d.]+)万元，全年预算([\d.]+)万元")
    k.same(ini, F["年初预算资金"]["总"], "年初 prose/table")
    k.total(ann, [ini, add, carry], "全年 = 年初 + 追加 + 结转")
    k.total(F["全年预算资金"]["县"], [F["年初预算资金"]["县"], add], "县级全年 = 年初 + 追加")
    k.year(cy, lambda v: v == Y - 1, "carry-in from previous year")
    k.same(carry, F["全年预算资金"]["结转"], "结转 prose/table")
    k.same(ann, F["全年预算资金"]["总"], "全年 prose/table")
    appr, got, gap = k.g(r"吕梁市级补助批复(\d+)万元，实际到位([\d.]+)万元，差额([\d.]+)万元")
    k.same(appr, F["全年预算资金"]["市"], "市级批复 prose/table")
    k.same(got, F["实际到位资金"]["市"], "市级到位 prose/table")
    k.diff(gap, appr, got, "差额 = 批复 − 到位", code="sum_mismatch")
    spent, hall, area, price, dev, sets, per, room, cnsl = k.g(
        r"全年支出([\d.]+)万元，其中登记大厅改造工程([\d.]+)万元（改造面积(\d+)平方米，综合单价(\d+)元/平方米），"
        r"人证核验及档案高拍设备([\d.]+)万元（(\d+)套，每套([\d.]+)万元），颁证厅布置及婚俗文化墙([\d.]+)万元，"
        r"婚姻家庭辅导室装修及家具([\d.]+)万元")
    k.same(spent, F["全年执行资金"]["总"], "支出 prose/table")
    k.total(spent, [hall, dev, room, cnsl], "支出构成")
    k.product(hall, [area, Q(price, "元")], "改造工程 = 面积 × 单价")
    k.product(dev, [sets, per], "设备 = 套数 × 单价")
    bal, by = k.g(r"县级资金结余([\d.]+)万元，已于(\d{4})年1月")
    k.same(bal, F["资金结余"]["县"], "结余 prose/table")
    k.same(bal, F["资金结余"]["总"], "结余 prose/table total")
    k.year(by, lambda v: v == Y + 1, "balance returned the following January")
    # indicator tables: rows of 7 cells
    rows = []
    exec_row = None
    for gr in groups:
        if len(gr) == 7 and gr[1] != "三级指标":
            r = {"l1": gr[0], "name": gr[1], "weight": gr[2], "target": gr[3], "actual": gr[4],
                 "completion": gr[5], "score": gr[6]}
            if gr[1] == "预算执行率":
                exec_row = r
            else:
                rows.append(r)
    if exec_row is None or len(rows) != 11:
        raise ParseError("indicator tables incomplete")
    er = exec_row
    k.same(er["actual"].rstrip("%"), F["预算执行率(%)"]["总"], "执行率 indicator/funds table")
    k.add("completion_mismatch", close(er["completion"].rstrip("%"), N(er["actual"].rstrip("%"))), "执行率完成率")
    k.exec_score(er["score"], er["weight"], er["actual"].rstrip("%"), F["全年执行资金"]["总"],
                 F["全年预算资金"]["总"], "执行得分")
    byname = {r["name"]: r for r in rows}
    l1 = {"登记大厅改造面积": "产出", "颁证厅建设": "产出", "婚姻家庭辅导室建设": "产出", "人证核验及高拍设备更新": "产出",
          "改造工程验收合格率": "产出", "登记大厅投入使用时间": "产出", "大厅改造综合单价": "产出",
          "结婚登记平均办理时长": "效益", "个性化颁证仪式场次": "效益", "3A级婚姻登记机关创建": "效益",
          "登记当事人满意度": "满意度"}
    for r in rows:
        r["l1"] = l1[r["name"]]
    tot, grade = k.g(r"项目自评总得分([\d.]+)分，评价等级为“(优|良|中|差)”")
    k.indicators(rows, er["weight"], er["score"], None, tot)
    bl = blocks(rows)
    k.add("weight_sum_mismatch", (bl["产出"][0], bl["效益"][0], bl["满意度"][0]) == (50, 30, 10), "block weights")
    k.grade(tot, grade)
    ded = k.g(r"该项扣([\d.]+)分")
    rr = byname["婚姻家庭辅导室建设"]
    k.add("score_sum_mismatch", N(rr["weight"]) - N(rr["score"]) == N(ded), "辅导室扣分")
    k.same(area, parse_val(byname["登记大厅改造面积"]["actual"])["v"], "改造面积 prose/table")
    k.same(price, parse_val(byname["大厅改造综合单价"]["actual"])["v"], "单价 prose/table")
    k.same(sets, parse_val(byname["人证核验及高拍设备更新"]["actual"])["v"], "设备套数 prose/table")
    for nm in ("登记大厅投入使用时间",):
        k.year(parse_val(byname[nm]["target"])["v"][0], lambda v: v == Y, "时效 target year")
        k.year(parse_val(byname[nm]["actual"])["v"][0], lambda v: v == Y, "时效 actual year")
    m_, d_ = k.g(r"(\d+)月(\d+)日新登记大厅启用")
    k.add("conflicting_values", parse_val(byname["登记大厅投入使用时间"]["actual"])["v"] == (Y, int(m_), int(d_)),
          "启用日期 prose/table")
    # goals in prose vs table targets
    g_area, g_hall, g_room, g_sets, g_cer, g_min, g_sat = k.g(
        r"完成登记大厅改造(\d+)平方米以上，建成颁证厅(\d+)个、婚姻家庭辅导室(\d+)间，更新人证核验及高拍设备(\d+)套；"
        r"个性化颁证仪式不少于(\d+)场；结婚登记平均办理时长不超过(\d+)分钟；当事人满意度(\d+)%以上")
    for nm, gv in (("登记大厅改造面积", g_area), ("颁证厅建设", g_hall), ("婚姻家庭辅导室建设", g_room),
                   ("人证核验及高拍设备更新", g_sets), ("个性化颁证仪式场次", g_cer), ("结婚登记平均办理时长", g_min),
                   ("登记当事人满意度", g_sat)):
        k.same(gv, parse_val(byname[nm]["target"])["v"], f"{nm} goal/table target")
    # registrations
    tot_reg, mar, div, rep = k.g(r"全年办理各类婚姻登记([\d,]+)件，其中结婚登记([\d,]+)对、离婚登记([\d,]+)对、补领婚姻登记证(\d+)件")
    k.total(tot_reg, [mar, div, rep], "登记件数")
    lo, hi, now = k.g(r"平均办理时长由原来的(\d+)—(\d+)分钟缩短为(\d+)分钟")
    k.same(now, parse_val(byname["结婚登记平均办理时长"]["actual"])["v"], "办理时长 prose/table")
    cer = k.g(r"11月至12月开展个性化颁证仪式(\d+)场")
    k.same(cer, parse_val(byname["个性化颁证仪式场次"]["actual"])["v"], "颁证仪式 prose/table")
    n, ok_n, sat = k.g(r"随机回访登记当事人(\d+)人，满意(\d+)人，满意度([\d.]+)%")
    k.rate(sat, ok_n, n, "满意度")
    k.bound(sat, "满意度")
    k.same(sat, parse_val(byname["登记当事人满意度"]["actual"])["v"], "满意度 prose/table")
    k.year(k.g(r"(\d{4})年登记处共办理各类婚姻登记[\d,]+件"), lambda v: v == Y - 1, "last year's count")
    k.year(k.g(r"\n(\d{4})年2月26日\n"), lambda v: v in (Y, Y + 1), "report date")
    return k.res


def p_xiping(text):
    k = K(text, 2021)
    Y = k.y
    k.year(k.g(r"^西平县民政局(\d{4})年度"), lambda v: v == Y, "title year")
    k.year(k.g(r"小组于(\d{4})年1月"), lambda v: v == Y + 1, "self-evaluation the following January")
    ini = k.g(r"项目年初预算(\d+)万元，全部为县级财政资金")
    sy, prov, ann = k.g(r"(\d{4})年6月，省财政下达婚俗改革实验区补助资金([\d.]+)万元，全年预算调整为([\d.]+)万元，资金全部到位")
    k.year(sy, lambda v: v == Y, "provincial money issued in the year")
    k.total(ann, [ini, prov], "全年 = 年初 + 省级")
    spent, rate, bal = k.g(r"全年支出([\d.]+)万元，执行率([\d.]+)%，结余([\d.]+)万元")
    k.rate(rate, spent, ann, "执行率")
    k.bound(rate, "执行率")
    k.le(spent, ann, "执行 ≤ 预算")
    k.diff(bal, ann, spent, "结余 = 到位(=全年预算) − 执行")
    p_sp, p_rate = k.g(r"省级补助资金当年支出([\d.]+)万元，执行率([\d.]+)%")
    k.rate(p_rate, p_sp, prov, "省级执行率")
    k.bound(p_rate, "省级执行率")
    k.le(p_sp, prov, "省级执行 ≤ 省级预算")
    k.le(p_sp, spent, "省级执行 ≤ 总执行")
    hall, wed, prop, reward, vol = k.g(
        r"婚俗文化展厅及颁证厅提升([\d.]+)万元，集体婚礼组织([\d.]+)万元，移风易俗宣传([\d.]+)万元，简约婚礼奖励([\d.]+)万元，婚姻家庭辅导志愿者培训([\d.]+)万元")
    k.total(spent, [hall, wed, prop, reward, vol], "支出构成")
    # table funds
    fr = k.bar_rows(["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"])
    t = fr["年度资金总额"]
    for i in (1, 2, 3):
        k.total(t[i], [fr["其中：当年财政拨款"][i], fr["上年结转资金"][i], fr["其他资金"][i]], f"table col {i}")
    k.same(t[1], ini, "年初 prose/table")
    k.same(t[2], ann, "全年 prose/table")
    k.same(t[3], spent, "执行 prose/table")
    k.rate(t[5].rstrip("%"), t[3], t[2], "table 执行率")
    k.rate(fr["其中：当年财政拨款"][5].rstrip("%"), fr["其中：当年财政拨款"][3], fr["其中：当年财政拨款"][2], "拨款执行率")
    k.same(t[5].rstrip("%"), rate, "执行率 prose/table")
    k.exec_score(t[6], t[4], t[5].rstrip("%"), t[3], t[2], "执行得分")
    rows = [{"l1": c[0], "name": c[2], "target": c[3], "actual": c[4], "weight": c[5], "score": c[6], "note": c[7]}
            for c in k.bar_indicators()]
    byname = {r["name"]: r for r in rows}
    tot = k.bar_rows(["总分"])["总分"]
    k.indicators(rows, t[4], t[6], tot[5], tot[6])
    s_ex, s_out, s_ben, s_sat, s_tot, grade = k.g(
        r"预算执行率得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得([\d.]+)分，综合得分(\d+)分，评价等级为(优|良|中|差)")
    k.same(s_ex, t[6], "执行得分 prose/table")
    bl = blocks(rows)
    for nm, sv in (("产出指标", s_out), ("效益指标", s_ben), ("满意度指标", s_sat)):
        k.add("score_sum_mismatch", close(sv, bl[nm][1]), f"{nm} score {sv} vs rows {bl[nm][1]}")
    k.total(s_tot, [s_ex, s_out, s_ben, s_sat], "综合得分 = 各部分", code="score_sum_mismatch")
    k.same(s_tot, tot[6], "综合得分 prose/table")
    k.grade(s_tot, grade)
    k.add("conflicting_values", int(k.g(r"绩效目标量化为(\d+)项指标")) == len(rows), "indicator count")
    g = k.g(r"举办集体婚礼不少于(\d+)场、参加新人不少于(\d+)对；开展移风易俗宣传活动(\d+)场以上；为(\d+)%以上的结婚登记新人提供颁证服务；"
            r"对承诺简办婚事的新人发放奖励不少于(\d+)对；婚事新办简办比例达到(\d+)%，婚宴平均桌数较上年下降(\d+)%，"
            r"村（社区）红白理事会全覆盖，群众满意度不低于(\d+)%")
    for nm, gv in zip(["集体婚礼举办场次", "集体婚礼参加新人", "移风易俗宣传活动", "结婚登记颁证服务覆盖率", "简约婚礼奖励对数",
                       "婚事新办简办比例", "婚宴平均桌数较上年下降", "群众满意度"], g):
        k.same(gv, parse_val(byname[nm]["target"])["v"], f"{nm} goal/table")
    k.same("100", parse_val(byname["村（社区）红白理事会覆盖率"]["target"])["v"], "全覆盖 goal/table")
    # outputs
    a, b, c, d, s, avg = k.g(r"参加新人分别为(\d+)对、(\d+)对、(\d+)对、(\d+)对，共(\d+)对，平均每场(\d+)对")
    k.total(s, [a, b, c, d], "集体婚礼新人合计")
    k.avg(avg, [a, b, c, d], "平均每场")
    k.same("4", parse_val(byname["集体婚礼举办场次"]["actual"])["v"], "场次 prose(4 listed)/table")
    k.same(s, parse_val(byname["集体婚礼参加新人"]["actual"])["v"], "新人对数 prose/table")
    k.same(k.g(r"举办“新风尚”集体婚礼(\d+)场"), parse_val(byname["集体婚礼举办场次"]["actual"])["v"], "场次 prose/table")
    k.same(k.g(r"集市开展移风易俗宣传活动(\d+)场"), parse_val(byname["移风易俗宣传活动"]["actual"])["v"], "宣传场次 prose/table")
    reg, cer, cer_rate = k.g(r"全年办理结婚登记([\d,]+)对，其中([\d,]+)对选择了颁证服务，颁证服务覆盖率([\d.]+)%")
    k.rate(cer_rate, cer, reg, "颁证覆盖率")
    k.same(cer_rate, parse_val(byname["结婚登记颁证服务覆盖率"]["actual"])["v"], "颁证覆盖率 prose/table")
    n_rew, per, tot_y, tot_u = k.g(r"婚后按承诺办理的(\d+)对新人，每对发放奖励(\d+)元，合计(\d+)(万元|元)")
    k.product(Q(tot_y, tot_u), [n_rew, Q(per, "元")], "奖励合计 = 对数 × 每对")
    k.same(Q(tot_y, tot_u), Q(reward, "万元"), "奖励 元/万元")
    k.same(n_rew, parse_val(byname["简约婚礼奖励对数"]["actual"])["v"], "奖励对数 prose/table")
    k.same(k.g(r"婚姻登记合格率(\d+)%"), parse_val(byname["婚姻登记合格率"]["actual"])["v"], "合格率 prose/table")
    # benefits
    pledge, p_rate2 = k.g(r"签订婚事新办简办承诺书的新人([\d,]+)对，占结婚登记总数的([\d.]+)%")
    k.rate(p_rate2, pledge, reg, "简办比例")
    k.same(p_rate2, parse_val(byname["婚事新办简办比例"]["actual"])["v"], "简办比例 prose/table")
    ly, t0, t1, dec = k.g(r"由(\d{4})年的(\d+)桌降至([\d.]+)桌，下降([\d.]+)%")
    k.year(ly, lambda v: v == Y - 1, "last year's banquet size")
    k.rate(dec, N(t0) - N(t1), t0, "婚宴下降率")
    k.same(dec, parse_val(byname["婚宴平均桌数较上年下降"]["actual"])["v"], "下降率 prose/table")
    k.same(k.g(r"未达到下降(\d+)%的目标"), parse_val(byname["婚宴平均桌数较上年下降"]["target"])["v"], "下降目标")
    vil, hb, cov, rest = k.g(r"全县(\d+)个村（社区）中已有(\d+)个建立红白理事会，覆盖率([\d.]+)%，其余(\d+)个")
    k.rate(cov, hb, vil, "红白理事会覆盖率")
    k.total(vil, [hb, rest], "村（社区）合计")
    k.same(cov, parse_val(byname["村（社区）红白理事会覆盖率"]["actual"])["v"], "覆盖率 prose/table")
    k.same(rest, k.g(r"｜(\d+)个正在筹建"), "筹建数 prose/table")
    q_n, q_ok, q_sat, sat = k.g(r"发放问卷(\d+)份，有效问卷(\d+)份，其中满意(\d+)份，满意度([\d.]+)%")
    k.le(q_ok, q_n, "有效 ≤ 发放")
    k.rate(sat, q_sat, q_ok, "满意度")
    k.bound(sat, "满意度")
    k.same(sat, parse_val(byname["群众满意度"]["actual"])["v"], "满意度 prose/table")
    k.year(k.g(r"自评表（(\d{4})年度）"), lambda v: v == Y, "table year")
    return k.res


def p_mile(text):
    k = K(text, 2023)
    Y = k.y
    k.year(k.g(r"婚姻登记服务标准化及婚姻家庭辅导项目(\d{4})年度绩效自评报告"), lambda v: v == Y, "title year")
    k.year(k.g(r"自评工作于(\d{4})年1月启动"), lambda v: v == Y + 1, "self-evaluation the following January")
    ini, add, cy, carry, ann = k.g(
        r"项目年初预算([\d.]+)万元，年中追加上级补助资金([\d.]+)万元，加上(\d{4})年结转的颁证厅设备尾款([\d.]+)万元，全年预算([\d.]+)万元")
    k.total(ann, [ini, add, carry], "全年 = 年初 + 追加 + 结转")
    k.year(cy, lambda v: v == Y - 1, "carry-in from previous year")
    spent, rate, r_p, r_z, r_c = k.g(
        r"全年支出([\d.]+)万元，预算执行率([\d.]+)%，其中省级补助资金执行率(\d+)%、州级补助资金执行率([\d.]+)%、市本级资金执行率([\d.]+)%")
    fr = k.bar_rows(["省级补助资金", "州级补助资金", "市本级财政资金", "上年结转资金", "合计"], blank_second=False)
    comps = ["省级补助资金", "州级补助资金", "市本级财政资金", "上年结转资金"]
    T = fr["合计"]
    for i, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        k.total(T[i], [fr[c][i] for c in comps], f"{nm} column")
    for c in comps + ["合计"]:
        r = fr[c]
        k.rate(r[4].rstrip("%"), r[3], r[2], f"{c} 执行率")
        k.bound(r[4].rstrip("%"), f"{c} 执行率")
        k.le(r[3], r[2], f"{c} 执行 ≤ 预算")
    k.total(add, [q(fr[c][2]).v - q(fr[c][1]).v for c in ("省级补助资金", "州级补助资金")], "追加 = 全年 − 年初 (省+州)")
    k.same(ini, T[1], "年初 prose/table")
    k.same(ann, T[2], "全年 prose/table")
    k.same(spent, T[3], "执行 prose/table")
    k.same(carry, fr["上年结转资金"][2], "结转 prose/table")
    k.same(rate, T[4].rstrip("%"), "执行率 prose/table")
    k.rate(rate, spent, ann, "执行率")
    for sv, c in ((r_p, "省级补助资金"), (r_z, "州级补助资金"), (r_c, "市本级财政资金")):
        k.same(sv, fr[c][4].rstrip("%"), f"{c} 执行率 prose/table")
    k.exec_score(T[6], T[5], T[4].rstrip("%"), T[3], T[2], "执行得分")
    cns, cert, n_cert, per_cert, prop, train, tail, ops = k.g(
        r"购买婚姻家庭辅导服务([\d.]+)万元；特邀颁证员补贴([\d.]+)万元（(\d+)场，每场(\d+)元）；婚俗新风宣传([\d.]+)万元；"
        r"登记员业务培训([\d.]+)万元；支付颁证厅设备尾款([\d.]+)万元；登记系统运维与耗材([\d.]+)万元")
    k.total(spent, [cns, cert, prop, train, tail, ops], "支出构成")
    k.product(cert, [n_cert, Q(per_cert, "元")], "颁证补贴 = 场次 × 每场")
    k.same(tail, carry, "尾款 = 上年结转")
    un, un_z, un_c, to_y = k.g(r"未支出的([\d.]+)万元中，州级资金([\d.]+)万元、市本级资金([\d.]+)万元，.*?结转至(\d{4})年")
    k.diff(un, ann, spent, "未支出 = 全年 − 执行")
    k.diff(un_z, fr["州级补助资金"][2], fr["州级补助资金"][3], "州级未支出")
    k.diff(un_c, fr["市本级财政资金"][2], fr["市本级财政资金"][3], "市本级未支出")
    k.total(un, [un_z, un_c], "未支出构成")
    k.year(to_y, lambda v: v > Y, "carry-over goes to a later year")
    # indicators: 一级｜二级｜三级｜性质｜指标值｜单位｜实际｜分值｜得分｜原因
    rows = []
    for c in k.bar_indicators():
        sign, val, unit, act = c[3], c[4], c[5], c[6]
        if sign == "定性":
            tgt, ac = val, act
        elif unit == "日期":
            tgt, ac = val + "前", act
        else:
            u = "" if unit == "—" else unit
            tgt, ac = sign + val + u, act + u
        rows.append({"l1": c[0], "name": c[2], "target": tgt, "actual": ac, "weight": c[7], "score": c[8],
                     "raw_actual": act})
    byname = {r["name"]: r for r in rows}
    ind_tot = [line.split("｜") for line in text.splitlines() if line.startswith("合计｜｜")]
    if len(ind_tot) != 1:
        raise ParseError("indicator total row")
    it = ind_tot[0]
    k.indicators(rows, T[5], T[6], it[7], it[8])
    k.bound(byname["登记及辅导当事人满意度"]["raw_actual"], "满意度")
    k.bound(byname["婚姻登记差错率"]["raw_actual"], "差错率")
    for nm in ("离婚申请当事人辅导调解成功率", "婚俗新风宣传村（社区）覆盖率"):
        k.bound(byname[nm]["raw_actual"], nm)
    s_ex, s_out, s_ben, s_sat, s_tot, grade = k.g(
        r"预算执行得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得([\d.]+)分，综合得分([\d.]+)分，评价等级为“(优|良|中|差)”")
    k.same(s_ex, T[6], "执行得分 prose/table")
    bl = blocks(rows)
    for nm, sv in (("产出指标", s_out), ("效益指标", s_ben), ("满意度指标", s_sat)):
        k.add("score_sum_mismatch", close(sv, bl[nm][1]), f"{nm} score {sv} vs rows {bl[nm][1]}")
    k.total(s_tot, [s_ex, s_out, s_ben, s_sat], "综合得分 = 各部分", code="score_sum_mismatch")
    k.same(s_tot, it[8], "综合得分 prose/table")
    k.grade(s_tot, grade)
    # goals vs targets
    g = k.g(r"全年提供婚姻家庭辅导服务不少于(\d+)人次，举办颁证仪式不少于(\d+)场，组织登记员培训(\d+)期，婚姻登记差错率控制在([\d.]+)%以内；"
            r"离婚申请当事人辅导调解成功率达到(\d+)%，婚俗新风宣传覆盖(\d+)%以上的村（社区），当事人满意度不低于(\d+)%")
    for nm, gv in zip(["婚姻家庭辅导服务人次", "颁证仪式场次", "婚姻登记员业务培训", "婚姻登记差错率",
                       "离婚申请当事人辅导调解成功率", "婚俗新风宣传村（社区）覆盖率", "登记及辅导当事人满意度"], g):
        k.same(gv, parse_val(byname[nm]["target"])["v"], f"{nm} goal/table")
    # outputs prose
    n_cns, unit_cost = k.g(r"全年提供婚姻家庭辅导服务(\d+)人次，购买服务单次成本约(\d+)元")
    k.add("average_mismatch", abs(q(cns).v * TENK / N(n_cns) - N(unit_cost)) <= 1, "单次成本约")
    k.same(n_cns, parse_val(byname["婚姻家庭辅导服务人次"]["actual"])["v"], "辅导人次 prose/table")
    k.same(unit_cost, parse_val(byname["婚姻家庭辅导单次成本"]["actual"])["v"], "单次成本 prose/table")
    k.same(k.g(r"举办颁证仪式(\d+)场；"), parse_val(byname["颁证仪式场次"]["actual"])["v"], "颁证场次 prose/table")
    k.same(n_cert, parse_val(byname["颁证仪式场次"]["actual"])["v"], "补贴场次/table")
    k.same(k.g(r"组织登记员业务培训(\d+)期，参训"), parse_val(byname["婚姻登记员业务培训"]["actual"])["v"], "培训期数")
    k.same(k.g(r"全年办理婚姻登记业务差错率([\d.]+)%"), parse_val(byname["婚姻登记差错率"]["actual"])["v"], "差错率")
    dy, dm, dd = k.g(r"辅导服务合同于(\d{4})年(\d+)月(\d+)日履约完毕")
    k.year(dy, lambda v: v == Y, "履约 year")
    k.add("conflicting_values", parse_val(byname["辅导服务合同完成时间"]["actual"])["v"] == (int(dy), int(dm), int(dd)),
          "履约日期 prose/table")
    for part in ("target", "actual"):
        k.year(parse_val(byname["辅导服务合同完成时间"][part])["v"][0], lambda v: v == Y, f"时效 {part} year")
    n_d, n_back, med = k.g(r"辅导离婚登记申请当事人(\d+)对，其中(\d+)对经辅导后撤回离婚申请，调解成功率([\d.]+)%")
    k.rate(med, n_back, n_d, "调解成功率")
    k.same(med, byname["离婚申请当事人辅导调解成功率"]["raw_actual"], "调解率 prose/table")
    k.same(k.g(r"未达到(\d+)%的目标"), parse_val(byname["离婚申请当事人辅导调解成功率"]["target"])["v"], "调解目标")
    nv, nv_ok, cov = k.g(r"全市(\d+)个村（社区）中有(\d+)个开展了婚俗新风宣传，覆盖率([\d.]+)%")
    k.rate(cov, nv_ok, nv, "宣传覆盖率")
    k.same(cov, byname["婚俗新风宣传村（社区）覆盖率"]["raw_actual"], "覆盖率 prose/table")
    k.same(k.g(r"专职辅导员只有(\d+)名"), k.g(r"社工机构派驻(\d+)名专职辅导员"), "专职辅导员人数")
    k.year(k.g(r"自评表（(\d{4})年度）"), lambda v: v == Y, "table year")
    k.year(k.g(r"填报日期：(\d{4})年"), lambda v: v in (Y, Y + 1), "report date")
    return k.res


def p_luchuan(text):
    k = K(text, 2024)
    Y = k.y
    k.year(k.g(r"^陆川县民政局(\d{4})年度部门整体"), lambda v: v == Y, "title year")
    k.year(k.g(r"\n(\d{4})年部门年初预算"), lambda v: v == Y, "budget year")
    ini, ini_b, ini_p = k.g(r"部门年初预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元")
    k.total(ini, [ini_b, ini_p], "年初 = 基本 + 项目")
    add_b, add_d, ann = k.g(r"追加基本支出([\d.]+)万元，追加城乡低保本级配套资金([\d.]+)万元，全年预算([\d.]+)万元")
    k.total(ann, [ini, add_b, add_d], "全年 = 年初 + 追加")
    spent, rate, bal, to_y = k.g(r"全年支出([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元，.*?结转(\d{4})年使用")
    k.rate(rate, spent, ann, "部门执行率")
    k.bound(rate, "部门执行率")
    k.diff(bal, ann, spent, "结余 = 到位(=全年预算) − 执行")
    k.year(to_y, lambda v: v > Y, "carry-over goes to a later year")
    sg_b, sg_s, sg_1, sg_2 = k.g(r"“三公”经费预算([\d.]+)万元，实际支出([\d.]+)万元，其中公务接待费([\d.]+)万元、公务用车运行维护费([\d.]+)万元")
    k.total(sg_s, [sg_1, sg_2], "三公构成")
    k.le(sg_s, sg_b, "三公 ≤ 预算")
    # table
    projects = ["其中：婚姻登记服务标准化建设", "婚俗改革和移风易俗宣传", "婚姻家庭辅导服务", "城乡最低生活保障本级配套"]
    fr = k.bar_rows(["基本支出", "项目支出", "合计"] + projects, blank_second=False)
    for i, nm in ((1, "年初"), (2, "全年"), (3, "支出")):
        k.total(fr["项目支出"][i], [fr[p][i] for p in projects], f"项目支出 {nm} = Σ项目")
        k.total(fr["合计"][i], [fr["基本支出"][i], fr["项目支出"][i]], f"合计 {nm}")
    for r in ["基本支出", "项目支出", "合计"] + projects:
        c = fr[r]
        k.rate(c[4].rstrip("%"), c[3], c[2], f"{r} 执行率")
        k.bound(c[4].rstrip("%"), f"{r} 执行率")
        k.le(c[3], c[2], f"{r} 执行 ≤ 预算")
    k.same(ini, fr["合计"][1], "年初 prose/table")
    k.same(ini_b, fr["基本支出"][1], "基本年初 prose/table")
    k.same(ini_p, fr["项目支出"][1], "项目年初 prose/table")
    k.same(ann, fr["合计"][2], "全年 prose/table")
    k.same(spent, fr["合计"][3], "支出 prose/table")
    k.same(rate, fr["合计"][4].rstrip("%"), "执行率 prose/table")
    k.total(fr["基本支出"][2], [fr["基本支出"][1], add_b], "基本全年 = 年初 + 追加")
    dib = fr["城乡最低生活保障本级配套"]
    k.total(dib[2], [dib[1], add_d], "低保全年 = 年初 + 追加")
    scores = [fr[p][5] for p in projects]
    avg = k.g(r"四个项目平均自评得分([\d.]+)分")
    k.avg(avg, scores, "项目平均分")
    k.same(k.g(r"对纳入预算管理的(\d+)个项目"), str(len(projects)), "project count")
    if "自评等级均为优" in text:
        for p in projects:
            k.grade(fr[p][5], "优", f"{p} grade")
    # per-project prose
    pats = {
        "其中：婚姻登记服务标准化建设": r"婚姻登记服务标准化建设项目。预算([\d.]+)万元，支出([\d.]+)万元，执行率([\d.]+)%，自评(\d+)分",
        "婚俗改革和移风易俗宣传": r"婚俗改革和移风易俗宣传项目。预算([\d.]+)万元，支出([\d.]+)万元，执行率([\d.]+)%，自评(\d+)分",
    }
    for p, pat in pats.items():
        b, s, r, sc = k.g(pat)
        k.same(b, fr[p][2], f"{p} 预算 prose/table")
        k.same(s, fr[p][3], f"{p} 支出 prose/table")
        k.same(r, fr[p][4].rstrip("%"), f"{p} 执行率 prose/table")
        k.rate(r, s, b, f"{p} 执行率 prose")
        k.same(sc, fr[p][5], f"{p} 得分 prose/table")
    b, r, sc = k.g(r"婚姻家庭辅导服务项目。预算([\d.]+)万元，全部支出，执行率(\d+)%，自评(\d+)分")
    p = "婚姻家庭辅导服务"
    k.same(b, fr[p][2], "辅导 预算")
    k.add("rate_mismatch", q(fr[p][3]).v == q(b).v, "全部支出 ⇒ 支出 = 预算")
    k.same(r, fr[p][4].rstrip("%"), "辅导 执行率")
    k.same(sc, fr[p][5], "辅导 得分")
    i0, a0, b0, s0, r0, sc0 = k.g(r"年初安排([\d.]+)万元，追加([\d.]+)万元后预算([\d.]+)万元，支出([\d.]+)万元，执行率([\d.]+)%，自评(\d+)分")
    p = "城乡最低生活保障本级配套"
    k.total(b0, [i0, a0], "低保 预算 = 年初 + 追加")
    k.same(a0, add_d, "低保追加")
    for sv, ci in ((i0, 1), (b0, 2), (s0, 3), (r0, 4), (sc0, 5)):
        k.same(sv, fr[p][ci].rstrip("%"), f"低保 col {ci}")
    k.rate(r0, s0, b0, "低保 执行率 prose")
    r_a, r_b = k.g(r"两个项目执行率分别为(\d+)%和(\d+)%")
    k.same(r_a, fr["其中：婚姻登记服务标准化建设"][4].rstrip("%"), "分别 1")
    k.same(r_b, fr["婚俗改革和移风易俗宣传"][4].rstrip("%"), "分别 2")
    # indicators
    rows = [{"l1": c[0], "name": c[2], "target": c[3], "actual": c[4], "weight": c[5], "score": c[6]}
            for c in k.bar_indicators()]
    byname = {r["name"]: r for r in rows}
    er = k.bar_rows(["预算执行"])["预算执行"]
    it = [line.split("｜") for line in text.splitlines() if line.startswith("合计｜｜")]
    if len(it) != 1:
        raise ParseError("indicator total row")
    it = it[0]
    k.indicators(rows, er[5], er[6], it[5], it[6])
    k.same(er[4].rstrip("%"), rate, "执行率 indicator/prose")
    k.exec_score(er[6], er[5], er[4].rstrip("%"), spent, ann, "执行得分")
    d_tot, d_grade = k.g(r"部门整体支出绩效自评得分(\d+)分，等级为(优|良|中|差)")
    k.same(d_tot, it[6], "部门得分 prose/table")
    k.grade(d_tot, d_grade, "部门 grade")
    # registrations and other prose figures
    reg, mar, div, rep = k.g(r"全年办理婚姻登记([\d,]+)件，分别为结婚登记([\d,]+)对、离婚登记(\d+)对、补领婚姻登记证(\d+)件")
    k.total(reg, [mar, div, rep], "登记分别")
    k.same(reg, parse_val(byname["婚姻登记办件量"]["actual"])["v"], "办件量 prose/table")
    ly, prev, drop, drop_rate = k.g(r"结婚登记较(\d{4})年的([\d,]+)对减少(\d+)对，下降([\d.]+)%")
    k.year(ly, lambda v: v == Y - 1, "last year's marriages")
    k.diff(drop, prev, mar, "减少对数", code="sum_mismatch")
    k.rate(drop_rate, drop, prev, "下降率")
    k.same(k.g(r"举办主题颁证活动(\d+)场"), parse_val(byname["主题颁证活动"]["actual"])["v"], "颁证活动 prose/table")
    sign, sign_rate = k.g(r"签订婚事新办简办倡议书([\d,]+)对，签约率([\d.]+)%")
    k.rate(sign_rate, sign, mar, "签约率")
    k.same(sign_rate, parse_val(byname["婚事新办简办倡议签约率"]["actual"])["v"], "签约率 prose/table")
    n_cns, per = k.g(r"全年开展婚姻家庭辅导([\d,]+)人次，平均每人次约(\d+)元")
    k.same(n_cns, parse_val(byname["婚姻家庭辅导服务"]["actual"])["v"], "辅导人次 prose/table")
    k.add("average_mismatch", abs(q(fr["婚姻家庭辅导服务"][3]).v * TENK / N(n_cns) - N(per)) <= 1, "每人次约")
    app, wd, wd_rate = k.g(r"受理离婚登记申请([\d,]+)对，冷静期内撤回或逾期未办理的(\d+)对，占([\d.]+)%")
    k.total(app, [div, wd], "申请 = 离婚登记 + 撤回/未办")
    k.rate(wd_rate, wd, app, "撤回比例")
    k.same(wd_rate, parse_val(byname["离婚冷静期内撤回申请比例"]["actual"])["v"], "撤回比例 prose/table")
    cy, n_db, n_plan = k.g(r"截至(\d{4})年12月31日，全县城乡低保保障对象([\d,]+)人.*?年初预计的([\d,]+)人")
    k.year(cy, lambda v: v == Y, "截至 year-end")
    k.same(n_db, parse_val(byname["城乡低保保障人数"]["actual"])["v"], "低保人数 prose/table")
    k.same(n_plan, parse_val(byname["城乡低保保障人数"]["target"])["v"], "低保目标 prose/table")
    k.same(sg_b, parse_val(byname["“三公”经费支出"]["target"])["v"], "三公预算 prose/table")
    k.same(sg_s, parse_val(byname["“三公”经费支出"]["actual"])["v"], "三公支出 prose/table")
    k.year(k.g(r"\n(\d{4})年3月10日\n"), lambda v: v in (Y, Y + 1), "report date")
    k.year(k.g(r"督促乡镇(\d{4})年上半年"), lambda v: v > Y, "plan for next year")
    return k.res


CHECKERS = {
    "hb-zaoyang-hunyindangan-2018": p_zaoyang,
    "sx-xiaoyi-hunyindengjichu-2020": p_xiaoyi,
    "ha-xiping-hunsugaige-2021": p_xiping,
    "yn-mile-dengjifuwu-2023": p_mile,
    "gx-luchuan-minzheng-bumen-2024": p_luchuan,
}


# ============================================================================= driver

NUMCH = set("0123456789.,")


def changed_span(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def count_num(text, tok):
    return len(re.findall(r"(?<![\d.,])" + re.escape(tok) + r"(?![\d]|[.,]\d)", text))


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    code_count = Counter()
    n_clean = n_err = 0
    for lab in labels:
        for key in ("case", "source", "clean", "expected"):
            if key not in lab:
                problems.append(f"{lab}: missing {key}")
        name, proj = lab["case"], lab["source"]
        with open(os.path.join(CASES, name), encoding="utf-8") as f:
            text = f.read()
        with open(os.path.join(CASES, f"{proj}-clean.txt"), encoding="utf-8") as f:
            clean = f.read()
        n = len(text)
        if lab["clean"]:
            n_clean += 1
            if lab["expected"]:
                problems.append(f"{name}: clean case with labels")
            if not 2800 <= n <= 3400:
                problems.append(f"{name}: length {n} outside 2800-3400")
        else:
            n_err += 1
            if len(lab["expected"]) != 1:
                problems.append(f"{name}: expected exactly one label")
        for e in lab["expected"]:
            if e.get("severity") != "error" or e.get("code") not in CODES:
                problems.append(f"{name}: bad code/severity {e}")
            code_count[e["code"]] += 1
            if e["value"] not in text:
                problems.append(f"{name}: value {e['value']!r} not in case")
        # one contiguous change overlapping the value
        if not lab["clean"]:
            if text == clean:
                problems.append(f"{name}: identical to clean draft")
            else:
                p, ea, eb = changed_span(clean, text)
                e = lab["expected"][0]
                overl = False
                for m in re.finditer(re.escape(e["value"]), text):
                    if m.start() < max(eb, p + 1) and m.end() > p:
                        overl = True
                if not overl:
                    problems.append(f"{name}: change at [{p},{eb}) does not overlap value {e['value']!r}")
                # the changed figure appears once (twice or more for conflicting_values)
                a0, a1 = p, ea
                while a0 > 0 and clean[a0 - 1] in NUMCH:
                    a0 -= 1
                while a1 < len(clean) and clean[a1] in NUMCH:
                    a1 += 1
                tok = clean[a0:a1].strip(".,")
                if tok and all(ch in NUMCH for ch in tok) and not re.fullmatch(r"(19|20)\d\d", tok):
                    cnt = count_num(clean, tok)
                    if e["code"] == "conflicting_values":
                        if cnt < 2:
                            problems.append(f"{name}: conflicting figure {tok} appears {cnt}x in clean")
                    elif len(tok) >= 3 and cnt != 1:
                        problems.append(f"{name}: changed figure {tok} appears {cnt}x in clean draft")
        # arithmetic
        try:
            res = CHECKERS[proj](text)
        except ParseError as ex:
            problems.append(f"{name}: parse error {ex}")
            continue
        failed = [(c, m) for c, ok, m in res if not ok]
        if lab["clean"]:
            for c, m in failed:
                problems.append(f"{name}: clean draft fails {c}: {m}")
        else:
            want = {e["code"] for e in lab["expected"]}
            got = {c for c, m in failed if c not in WARNINGS}
            if got != want:
                detail = "; ".join(f"{c}: {m}" for c, m in failed if c not in WARNINGS)
                problems.append(f"{name}: expected {sorted(want)}, checks fail {sorted(got)} ({detail})")
        print(f"{name:45s} {len(res):3d} checks, failing: "
              f"{sorted({c for c, ok, m in res if not ok}) or '-'}")
    for c in CODES:
        if code_count[c] < 2:
            problems.append(f"code {c} used {code_count[c]} times (< 2)")
    if n_clean != 5 or n_err != 30:
        problems.append(f"{n_clean} clean / {n_err} error cases (want 5 / 30)")
    print("codes:", ", ".join(f"{c}={code_count[c]}" for c in CODES))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
