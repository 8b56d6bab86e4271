#!/usr/bin/env python3
"""Verify this labelled set (standard library only, decimal.Decimal).

1. every label value occurs in its case;
2. each error case differs from its clean draft in one contiguous place that overlaps the
   label value;
3. each code is used at least twice;
4. the arithmetic of every draft is redone from its text (one checker per project, written
   for this set's layouts): every clean draft passes all checks (warning-level scoring-rule
   checks included); in every error case the labelled code fails and no other error-level
   code fails.
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

ERROR_CODES = {
    "rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
    "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
    "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
    "completion_mismatch",
}
WARNING_CODES = {"score_rule_mismatch"}

NUM = r"(\d[\d,]*(?:\.\d+)?)"
HUNDRED = Decimal(100)


class ParseError(Exception):
    pass


# ----------------------------------------------------------------------------- numbers

def num(s):
    s = str(s).replace(",", "").replace("&nbsp;", "").strip().rstrip("%")
    if s in ("", "—", "-"):
        return Decimal(0)
    return Decimal(s)


def decs(s):
    s = str(s).replace(",", "").strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return Decimal(5) * Decimal(10) ** (-(decs(s) + 1)) + Decimal("1e-9")


def agrees(stated, computed):
    """A stated figure (string) agrees with a computed value within its own decimals."""
    return abs(num(stated) - Decimal(computed)) <= tol(stated)


def q2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def one(pat, text, what=None):
    ms = list(re.finditer(pat, text))
    if len(ms) != 1:
        raise ParseError(f"{what or pat!r}: {len(ms)} matches")
    return ms[0]


# ----------------------------------------------------------------------------- results

class Res:
    def __init__(self):
        self.items = []

    def add(self, code, ok, msg):
        self.items.append((code, bool(ok), msg))

    def failed(self, codes):
        return sorted({c for c, ok, _ in self.items if not ok and c in codes})

    def messages(self):
        return [f"{c}: {m}" for c, ok, m in self.items if not ok]

    # --- identities
    def same(self, a, b, what):
        """Same quantity stated twice (I11)."""
        t = max(tol(a), tol(b))
        self.add("conflicting_values", abs(num(a) - num(b)) <= t, f"{what}: {a} vs {b}")

    def rate(self, stated, n, d, what):
        n, d = Decimal(n), Decimal(d)
        if d == 0:
            self.add("implausible_rate", num(stated) == 0, f"{what}: rate {stated} on zero base")
            return
        c = n / d * HUNDRED
        self.add("rate_mismatch", agrees(stated, c), f"{what}: stated {stated}, computed {c:.4f}")
        self.bounded(stated, what)

    def approx(self, code, stated, lo, hi, what):
        v = num(stated)
        ok = Decimal(lo) - tol(stated) <= v <= Decimal(hi) + tol(stated)
        self.add(code, ok, f"{what}: ~{stated} outside [{lo:.4f}, {hi:.4f}]")

    def bounded(self, stated, what):
        v = num(stated)
        self.add("implausible_rate", Decimal(0) <= v <= HUNDRED, f"{what}: {stated}% outside [0, 100]")

    def balance(self, stated, a, b, what):
        c = num(a) - num(b)
        self.add("balance_mismatch", agrees(stated, c), f"{what}: stated {stated}, computed {c}")

    def total(self, stated, parts, what, code="sum_mismatch", rescale=True):
        """total = sum(parts); a single part (or the total) off by 10^4 / 10^8 is unit_mismatch."""
        pv = [num(p) for p in parts]
        s = sum(pv, Decimal(0))
        if agrees(stated, s):
            self.add(code, True, what)
            return
        fixed = False
        if rescale:
            for f in (Decimal("1e-4"), Decimal("1e4"), Decimal("1e-8"), Decimal("1e8")):
                for i in range(len(pv)):
                    if agrees(stated, s - pv[i] + pv[i] * f):
                        fixed = True
                if abs(num(stated) * f - s) <= tol(stated) * f:
                    fixed = True
        if fixed:
            self.add("unit_mismatch", False, f"{what}: {stated} vs {s}, reconciled by rescaling one amount")
        else:
            self.add(code, False, f"{what}: stated {stated}, sum {s}")

    def average(self, stated, values, what):
        vs = [num(v) for v in values]
        c = sum(vs, Decimal(0)) / len(vs)
        self.add("average_mismatch", agrees(stated, c), f"{what}: stated {stated}, mean {c:.4f}")

    def grade(self, label, score, what):
        self.add("grade_mismatch", band(label) == band_of(num(score)),
                 f"{what}: {label} for {score}")

    def exceeds(self, score, weight, what):
        s, w = num(score), num(weight)
        self.add("score_exceeds_weight", Decimal(0) <= s <= w, f"{what}: score {score} / weight {weight}")

    def year(self, ok, what):
        self.add("year_mismatch", ok, what)


GRADES = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
          "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def band(label):
    return GRADES[label]


def band_of(s):
    if s >= 90:
        return "优"
    if s >= 80:
        return "良"
    if s >= 60:
        return "中"
    return "差"


# ----------------------------------------------------------------------------- indicator cells

SIGNS = [("&gt;=", "gte"), ("&lt;=", "lte"), ("&gt;", "gte"), ("&lt;", "lte"), ("＞＝", "gte"),
         ("＜＝", "lte"), (">=", "gte"), ("<=", "lte"), ("≥", "gte"), ("≤", "lte"), ("＞", "gte"),
         ("＜", "lte"), (">", "gte"), ("<", "lte"), ("=", "eq")]
UNITS = "%|万元|元|批次|份|件|起|类|家|次|人次"


class Cell:
    def __init__(self, raw, unit_override=None, sign_override=None):
        s = raw.replace("&nbsp;", "").strip()
        self.raw = raw
        self.dir = None
        if sign_override is not None:
            for sg, d in SIGNS:
                if sign_override == sg:
                    self.dir = d
        else:
            for sg, d in SIGNS:
                if s.startswith(sg):
                    self.dir, s = d, s[len(sg):].strip()
                    break
        m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日(前|以前)?", s)
        if m:
            self.kind = "date"
            self.val = (int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if m.group(4):
                self.dir = "lte"
            self.unit = "date"
            self.s = s
            return
        m = re.fullmatch(r"(-?\d[\d,]*(?:\.\d+)?)\s*(" + UNITS + r")?", s)
        if m:
            self.kind = "num"
            self.s = m.group(1)
            self.val = num(m.group(1))
            self.unit = unit_override if unit_override is not None else m.group(2)
            return
        self.kind = "text"
        self.s = s
        self.unit = None
        self.val = None


def completion(t, a):
    if t.kind == "date" and a.kind == "date":
        return HUNDRED if a.val <= t.val else None
    T, A = t.val, max(a.val, Decimal(0))
    if t.dir == "lte":
        return HUNDRED if A <= T else T / A * HUNDRED
    if T == 0:
        return HUNDRED if A <= 0 else Decimal(0)
    return A / T * HUNDRED


def rule_score(t, a, w):
    if t.kind == "date":
        return w if a.val <= t.val else Decimal(0)
    T, A = t.val, max(a.val, Decimal(0))
    if t.dir == "lte":
        return w if A <= T else w * T / A
    if T == 0:
        return w if A <= 0 else Decimal(0)
    return w if A >= T else w * A / T


QUAL_BANDS = {"达成": (Decimal("0.8"), Decimal("1.0")), "部分达成": (Decimal("0.6"), Decimal("0.8"))}


def row_checks(R, name, target, actual, weight, score, comp=None, unit=None, sign=None):
    t = Cell(target, unit_override=unit, sign_override=sign)
    a = Cell(actual, unit_override=unit)
    R.exceeds(score, weight, name)
    w, s = num(weight), num(score)
    if t.kind == "text":
        # qualitative: same wording as target = achieved; "部分达成" = partly achieved
        key = "部分达成" if "部分" in a.s else ("达成" if a.s == t.s or "达成" in a.s else None)
        if key:
            lo, hi = QUAL_BANDS[key]
            ok = w * lo <= s <= w * hi if key == "达成" else w * lo <= s < w * hi
            R.add("score_rule_mismatch", ok, f"{name}: qualitative {key} scored {score}/{weight}")
        if comp is not None:
            R.add("completion_mismatch", comp.strip() in ("—", "-", ""), f"{name}: completion {comp}")
        return
    units_ok = (t.kind == a.kind) and (t.kind == "date" or t.unit is None or a.unit is None
                                         or t.unit == a.unit)
    if t.kind == "num" and a.kind == "num" and (t.unit is None) != (a.unit is None):
        units_ok = False
    R.add("unit_mismatch", units_ok, f"{name}: target {target!r} vs actual {actual!r}")
    if not units_ok:
        return
    if a.kind == "num" and a.unit == "%" and re.search("率|满意度|占比", name):
        R.bounded(a.s, name)
    c = completion(t, a)
    if comp is not None and c is not None:
        R.add("completion_mismatch", agrees(comp, c), f"{name}: completion {comp} vs {c:.4f}")
    rs = rule_score(t, a, w)
    ok = agrees(score, rs)
    if not ok and comp is not None and re.fullmatch(r"\d+(\.\d+)?%?", comp.strip()):
        # scores computed from the printed completion are accepted too (rules §8)
        ok = agrees(score, min(w, w * num(comp) / HUNDRED))
    R.add("score_rule_mismatch", ok, f"{name}: score {score}, rule gives {rs:.4f}")


def tab_row(text, name):
    """Tab-separated row (Word/browser copy) containing the cell `name`: (cells, index)."""
    hits = []
    for line in text.split("\n"):
        cells = line.split("\t")
        if name in cells:
            hits.append((cells, cells.index(name)))
    if len(hits) != 1:
        raise ParseError(f"row {name!r}: {len(hits)} matches")
    return hits[0]


# ============================================================================= P1 Hubei 2020

def check_hb(t):
    R, Y = Res(), 2020
    ini = one(r"年初市级财政安排项目预算" + NUM + "万元", t).group(1)
    add = one(r"补助资金" + NUM + "万元并入", t).group(1)
    ann = one(r"调整后全年预算" + NUM + "万元", t).group(1)
    R.total(ann, [ini, add], "全年预算 = 年初 + 省级追加")
    one(r"资金全部到位，到位率100%", t)          # 到位 = 全年预算 (no separate figure)
    m = one(r"全年实际支出" + NUM + r"万元，预算执行率" + NUM + "%", t)
    spent, rate = m.group(1), m.group(2)
    R.rate(rate, num(spent), num(ann), "预算执行率 (prose)")
    comps = [one(lab + NUM + "万元", t).group(1) for lab in
             ("委托检验费", "购样费", "抽样耗材及样品运输费", "快检试剂费")]
    R.total(spent, comps, "支出构成之和 = 全年支出")
    bal = one(r"年末结余" + NUM + "万元", t).group(1)
    R.balance(bal, ann, spent, "年末结余 = 全年预算(=到位) - 支出")
    R.year(int(one(r"已按规定结转(\d{4})年", t).group(1)) > Y, "结转年份晚于评价年度")
    R.year(int(one(r"结转至(\d{4})年的资金", t).group(1)) > Y, "结转至…年")
    R.year(int(one(r"截至(\d{4})年12月31日", t).group(1)) == Y, "截至…年12月31日")
    R.year(int(one(r"\n(\d{4})年度食品安全抽检监测专项经费绩效自评报告", t).group(1)) == Y, "title")
    R.year(int(one(r"(\d{4})年度项目支出绩效自评表", t).group(1)) == Y, "table title")
    R.year(int(one(r"组织的(\d{4})年度抽检监测工作考核", t).group(1)) == Y, "考核年度")
    R.year(Y <= int(one(r"\n(\d{4})年\d{1,2}月\d{1,2}日\s*$", t).group(1)) <= Y + 1, "report date")
    R.year(int(one(r"比(\d{4})年（抽检", t).group(1)) == Y - 1, "上年对比")

    # funds row of the table
    hdr = t.index("项目资金（万元）\t年初预算数")
    frow = t[hdr:].split("\n")[1].split("\t")
    f_ini, f_ann, f_spent, f_rate, f_w, f_s = frow[1:7]
    R.same(f_ini, ini, "年初预算 table/text")
    R.same(f_ann, ann, "全年预算 table/text")
    R.same(f_spent, spent, "全年执行 table/text")
    R.same(f_rate, rate, "执行率 table/text")
    R.rate(f_rate, num(f_spent), num(f_ann), "执行率 (table)")
    R.exceeds(f_s, f_w, "预算执行")
    R.add("score_rule_mismatch", agrees(f_s, num(f_w) * min(Decimal(1), num(f_spent) / num(f_ann))),
          "预算执行得分 = 20 × 执行率")

    # outputs (prose)
    batches = one(r"全年完成食品安全抽检(\d+)批次", t).group(1)
    agri = one(r"其中食用农产品(\d+)批次", t).group(1)
    m = one(r"共检出不合格样品(\d+)批次，不合格率" + NUM + "%", t)
    fails, frate = m.group(1), m.group(2)
    R.rate(frate, num(fails), num(batches), "总体不合格率")
    m = one(r"食用农产品检出不合格(\d+)批次，不合格率" + NUM + "%", t)
    R.rate(m.group(2), num(m.group(1)), num(agri), "食用农产品不合格率")
    m = one(r"(\d+)批次不合格样品已全部完成核查处置，核查处置率(\d+)%", t)
    R.same(m.group(1), fails, "不合格批次")
    R.rate(m.group(2), num(m.group(1)), num(fails), "核查处置率")
    m = one(r"其中(\d+)批次在规定时限内办结，按时完成率" + NUM + "%", t)
    ontime = m.group(2)
    R.rate(ontime, num(m.group(1)), num(fails), "按时完成率")
    rpt = one(r"检验报告按时出具率为" + NUM + "%", t).group(1)
    R.bounded(rpt, "报告按时出具率")
    sat = one(r"满意率" + NUM + "%", t).group(1)
    R.bounded(sat, "满意率")
    avg = one(r"平均每批次检验费用约(\d+)元", t).group(1)
    c = num(comps[0]) * 10000 / num(batches)
    R.approx("average_mismatch", avg, c, c, "每批次检验费用")
    m = one(r"得分" + NUM + r"分（满分" + NUM + r"分）", t)
    R.exceeds(m.group(1), m.group(2), "市局考核")
    m = one(r"预算执行得分" + NUM + r"分，绩效目标得分" + NUM + r"分，合计" + NUM + r"分，自评等级为“(.+?)”", t)
    p_exec, p_goal, p_total, p_grade = m.groups()
    R.same(p_exec, f_s, "预算执行得分 text/table")
    R.total(p_total, [p_exec, p_goal], "合计 = 预算执行 + 绩效目标", code="score_sum_mismatch", rescale=False)
    R.grade(p_grade, p_total, "自评等级")

    # indicator table
    start = t.index("年度目标\t一级指标")
    lines = t[start:].split("\n")[1:]
    blocks, rows, tot = [], [], None
    for line in lines:
        cells = line.split("\t")
        if cells[0] == "合计":
            tot = cells
            break
        if cells[0]:
            bw = re.search(r"（(\d+)分）", cells[0]).group(1)
            blocks.append([bw, []])
        name, target, actual, comp, w, s = cells[3:9]
        rows.append((name, target, actual, comp, w, s))
        blocks[-1][1].append(w)
        row_checks(R, name, target, actual, w, s, comp=comp)
    for bw, ws in blocks:
        R.total(bw, ws, "目标块分值 = 三级分值之和", code="weight_sum_mismatch", rescale=False)
    R.total(tot[7], [f_w] + [r[4] for r in rows], "总分值", code="weight_sum_mismatch", rescale=False)
    R.add("weight_sum_mismatch", num(tot[7]) == 100, "总分值 = 100")
    R.total(tot[8], [f_s] + [r[5] for r in rows], "总得分 (table)", code="score_sum_mismatch", rescale=False)
    R.total(p_goal, [r[5] for r in rows], "绩效目标得分 = 指标得分之和", code="score_sum_mismatch", rescale=False)
    R.same(p_total, tot[8], "合计得分 text/table")
    rowd = {r[0]: r for r in rows}
    R.same(Cell(rowd["食品安全抽检批次"][2]).s, batches, "抽检批次 text/table")
    R.same(Cell(rowd["食用农产品抽检批次"][2]).s, agri, "农产品批次 text/table")
    R.same(Cell(rowd["核查处置按时完成率"][2]).s, ontime, "按时完成率 text/table")
    R.same(Cell(rowd["抽检不合格率"][2]).s, frate, "不合格率 text/table")
    R.same(Cell(rowd["检验报告按时出具率"][2]).s, rpt, "报告按时出具率 text/table")
    R.same(Cell(rowd["群众满意度"][2]).s, sat, "满意度 text/table")
    R.same(Cell(rowd["每批次平均检验费用"][2]).s, avg, "每批次费用 text/table")
    R.same(Cell(rowd["食品安全抽检批次"][1]).s, one(r"抽检不少于(\d+)批次", t).group(1), "抽检目标")
    R.same(Cell(rowd["抽检不合格率"][1]).s, one(r"控制在" + NUM + "%以内", t).group(1), "不合格率目标")
    R.same(Cell(rowd["抽检不合格率"][1]).s, one(r"抽检不合格率高于" + NUM + "%的控制目标", t).group(1), "不合格率目标 (问题)")
    R.same(Cell(rowd["食用农产品抽检批次"][1]).s, one(r"其中食用农产品不少于(\d+)批次", t).group(1), "农产品目标")
    R.same(Cell(rowd["群众满意度"][1]).s, one(r"群众满意度达到(\d+)%以上", t).group(1), "满意度目标")
    R.same(Cell(rowd["每批次平均检验费用"][1]).s, one(r"低于每批次(\d+)元的成本控制目标", t).group(1), "成本目标")
    late = one(r"另有(\d+)批次标称生产企业在外省", t).group(1)
    ontime_n = one(r"其中(\d+)批次在规定时限内办结", t).group(1)
    R.total(fails, [late, ontime_n], "超时批次 + 按时批次 = 不合格批次")
    R.same(one(r"按“执行率×(\d+)分”计分", t).group(1), f_w, "预算执行分值 text/table")
    rest = one(r"其余(\d+)分按三个年度目标分块设置", t).group(1)
    R.add("weight_sum_mismatch", num(rest) + num(f_w) == 100, "预算执行分值 + 目标分值 = 100")
    R.total(rest, [b[0] for b in blocks], "三个目标块分值之和", code="weight_sum_mismatch", rescale=False)
    R.year(int(one(r"《钟祥市(\d{4})年食品安全抽检监测计划》", t).group(1)) == Y, "计划年度")
    R.year(int(one(r"支付(\d{4})年12月已送检样品", t).group(1)) == Y, "送检年度")
    return R


# ============================================================================= P2 Shanxi 2021

def blocks_of(text):
    out = []
    for b in text.split("\n\n"):
        out.append([ln[1:] if ln.startswith("\t") else ln for ln in b.split("\n")])
    return out


def check_sx(t):
    R, Y = Res(), 2021
    bl = blocks_of(t)
    rows = {}
    for cells in bl:
        if cells and cells[0] in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金",
                                  "资金结余", "预算到位率", "预算执行率(%)"):
            if len(cells) != 10:
                raise ParseError(f"funds row {cells[0]}: {len(cells)} cells")
            rows[cells[0]] = cells[2:]      # 总, 小计, 中央, 省, 市, 县, 结转, 其他
    r1, r2, r3, r4 = (rows[k] for k in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金"))
    r5, r6, r7 = rows["资金结余"], rows["预算到位率"], rows["预算执行率(%)"]
    for lab, r in (("(1)", r1), ("(2)", r2), ("(3)", r3), ("(4)", r4)):
        R.total(r[0], [r[1], r[6], r[7]], f"{lab} 总额 = 财政小计 + 上年结转 + 其他")
        R.total(r[1], r[2:6], f"{lab} 财政小计 = 中央 + 省 + 市 + 县区")
    cols = ["总额", "小计", "中央", "省", "市", "县区", "结转", "其他"]
    for j, col in enumerate(cols):
        R.balance(r5[j], r3[j], r4[j], f"(5)=(3)-(4) {col}")
        for lab, rr, nume in (("(6)=(3)/(2)", r6, r3), ("(7)=(4)/(2)", r7, r4)):
            if num(r2[j]) == 0:
                R.add("implausible_rate", num(rr[j]) == 0, f"{lab} {col}: zero base prints {rr[j]}")
            else:
                R.rate(rr[j], num(nume[j]), num(r2[j]), f"{lab} {col}")

    m = one(r"(\d{4})年全年预算资金" + NUM + r"万元，其中省级药品监管补助" + NUM + r"万元、县级财政安排" + NUM
            + r"万元、(\d{4})年结转资金" + NUM + "万元", t)
    yb, ann, prov, cnty, ycarry, carry = m.groups()
    R.year(int(yb) == Y, "预算年度")
    R.year(int(ycarry) == Y - 1, "上年结转来源年度")
    R.total(ann, [prov, cnty, carry], "全年预算 = 省 + 县 + 结转")
    R.same(ann, r2[0], "全年预算 text/table")
    R.same(prov, r2[3], "省级 text/table")
    R.same(cnty, r2[5], "县级 text/table")
    R.same(carry, r2[6], "结转 text/table")
    one(r"资金到位率100%", t)
    R.rate("100", num(r3[0]), num(r2[0]), "到位率100% (text)")
    m = one(r"截至(\d{4})年12月31日，实际支出" + NUM + r"万元，预算执行率" + NUM + r"%；结余" + NUM + "万元", t)
    yc, spent, rate, bal = m.groups()
    R.year(int(yc) == Y, "截至…年12月31日")
    R.same(spent, r4[0], "执行 text/table")
    R.same(rate, r7[0], "执行率 text/table")
    R.same(bal, r5[0], "结余 text/table")
    R.rate(rate, num(spent), num(ann), "执行率 (text)")
    R.balance(bal, r3[0], spent, "结余 = 到位 - 执行 (text)")
    R.year(int(one(r"已于(\d{4})年1月由县财政收回", t).group(1)) in (Y, Y + 1), "收回年份")
    comps = [one(lab + NUM + "万元", t).group(1) for lab in
             ("检验检测费", "抽样购样费", "监测培训及宣传费", "监测系统运维费")]
    R.total(spent, comps, "支出明细之和 = 实际支出")

    m = one(r"全年抽检药品(\d+)批次、医疗器械(\d+)批次、化妆品(\d+)批次，共(\d+)批次，检出不合格(\d+)批次，总体不合格率"
            + NUM + "%", t)
    drug, dev, cos, allb, fails, frate = m.groups()
    R.total(allb, [drug, dev, cos], "抽检批次合计")
    R.rate(frate, num(fails), num(allb), "总体不合格率")
    m = one(r"其中药品不合格(\d+)批次，不合格率" + NUM + r"%；化妆品不合格(\d+)批次，不合格率" + NUM + "%", t)
    R.total(fails, [m.group(1), m.group(3)], "不合格批次 = 药品 + 化妆品")
    R.rate(m.group(2), num(m.group(1)), num(drug), "药品不合格率")
    R.rate(m.group(4), num(m.group(3)), num(cos), "化妆品不合格率")
    m = one(r"上报药品不良反应报告(\d+)份（(\d{4})年\d+份），其中新的和严重报告(\d+)份，占比" + NUM + "%", t)
    adr, yprev, serious, share = m.groups()
    R.year(int(yprev) == Y - 1, "上年对比")
    R.rate(share, num(serious), num(adr), "新的和严重占比")
    m = one(r"常住人口约" + NUM + r"万人计，每百万人口药品不良反应报告数约(\d+)份", t)
    p = num(m.group(1))
    h = tol(m.group(1))
    R.approx("rate_mismatch", m.group(2), num(adr) * 100 / (p + h), num(adr) * 100 / (p - h), "每百万人口报告数")
    m = one(r"全县(\d+)家医疗机构中(\d+)家已开通在线直报，监测上报覆盖率" + NUM + "%", t)
    cover = m.group(3)
    R.rate(cover, num(m.group(2)), num(m.group(1)), "监测上报覆盖率")
    sat = one(r"群众满意度" + NUM + "%", t).group(1)
    R.bounded(sat, "满意度")
    m = one(r"(\d{4})年度绩效自评总得分" + NUM + r"分，属于\"(.+?)\"", t)
    R.year(int(m.group(1)) == Y, "自评年度")
    p_total, p_grade = m.group(2), m.group(3)
    R.grade(p_grade, p_total, "等级")

    # 附件1
    start = t.index("附件1.项目支出绩效自评表")
    trows = {}
    for cells in blocks_of(t[start:])[1:]:
        if len(cells) < 9 or cells[2] == "目标指标":
            continue
        name, w, target, actual, comp, s = cells[2:8]
        trows[name] = (w, target, actual, comp, s)
        row_checks(R, name, target, actual, w, s, comp=comp)
    if len(trows) != 11:
        raise ParseError(f"附件1: {len(trows)} rows")
    R.add("weight_sum_mismatch", sum(num(v[0]) for v in trows.values()) == 100, "权重合计 = 100")
    R.total(p_total, [v[4] for v in trows.values()], "总得分 = Σ指标得分", code="score_sum_mismatch",
            rescale=False)
    R.same(Cell(trows["预算执行率"][2]).s, rate, "执行率 text/附件1")
    R.same(Cell(trows["药品抽检批次"][2]).s, drug, "药品抽检 text/附件1")
    R.total(Cell(trows["医疗器械、化妆品抽检批次"][2]).s, [dev, cos], "器械 + 化妆品批次")
    R.same(Cell(trows["药品不良反应报告数"][2]).s, adr, "ADR报告 text/附件1")
    R.same(Cell(trows["新的和严重报告占比"][2]).s, share, "新的和严重占比 text/附件1")
    R.same(Cell(trows["医疗机构监测上报覆盖率"][2]).s, cover, "覆盖率 text/附件1")
    R.same(Cell(trows["群众满意度"][2]).s, sat, "满意度 text/附件1")
    R.same(Cell(trows["项目成本控制"][2]).s, spent, "成本 = 实际支出")
    R.same(Cell(trows["项目成本控制"][1]).s, ann, "成本上限 = 全年预算")
    R.same(Cell(trows["药品抽检批次"][1]).s, one(r"完成药品抽检不少于(\d+)批次", t).group(1), "药品抽检目标")
    R.same(Cell(trows["药品不良反应报告数"][1]).s, one(r"报告不少于(\d+)份", t).group(1), "ADR目标")
    R.same(Cell(trows["医疗器械、化妆品抽检批次"][1]).s, one(r"医疗器械和化妆品抽检合计不少于(\d+)批次", t).group(1), "器械化妆品目标")
    R.same(Cell(trows["新的和严重报告占比"][1]).s, one(r"新的和严重报告占比不低于(\d+)%", t).group(1), "占比目标")
    R.same(Cell(trows["医疗机构监测上报覆盖率"][1]).s, one(r"未达到(\d+)%的目标", t).group(1), "覆盖率目标")
    m = one(r"全县(\d+)家医疗机构中(\d+)家", t)
    R.total(m.group(1), [m.group(2), one(r"主要是(\d+)家村卫生室", t).group(1)], "未开通 + 已开通 = 医疗机构数")
    R.add("rate_mismatch", num(r7[5]) < 90, "“县级资金执行率不足90%” vs (7) 县区级")
    tc = Cell(trows["抽检任务完成时限"][1])
    R.year(tc.kind == "date" and tc.val[0] == Y, "时限年份")
    return R


# ============================================================================= P3 Sichuan 2023

def check_sc(t):
    R, Y = Res(), 2023
    R.year(int(one(r"(\d{4})年度青神县市场监督管理局项目支出", t).group(1)) == Y, "title")
    R.year(int(one(r"（(\d{4})年度）", t).group(1)) == Y, "table year")
    R.year(int(one(r"结合(\d{4})年全县监测工作计划", t).group(1)) == Y, "计划年度")
    R.year(int(one(r"资金于(\d{4})年3月", t).group(1)) == Y, "到位年度")
    R.year(Y <= int(one(r"\n(\d{4})年\d{1,2}月\d{1,2}日\n", t).group(1)) <= Y + 1, "report date")
    decl = one(r"申报项目预算" + NUM + "万元", t).group(1)
    ini = one(r"年初县财政批复项目预算" + NUM + "万元", t).group(1)
    m = one(r"下达药品不良反应监测补助" + NUM + r"万元，调整后预算" + NUM + "万元", t)
    add, ann = m.groups()
    R.same(decl, ini, "申报 = 批复")
    R.total(ann, [ini, add], "调整后预算 = 年初 + 省级补助")
    m = one(r"全年实际支出" + NUM + r"万元，执行率约" + NUM + "%", t)
    spent, approx_rate = m.groups()
    m = one(r"按每家每年" + NUM + r"元标准拨付(\d+)家，共" + NUM + "万元", t)
    per, n_sites, sub = m.groups()
    R.total(sub, [num(per) * num(n_sites) / 10000], "哨点补助 = 标准 × 家数")
    comps = [sub] + [one(lab + NUM + "万元", t).group(1) for lab in
                     ("监测员培训费", "专家咨询费", "宣传资料印制费")]
    R.total(spent, comps, "支出构成之和 = 全年支出")
    bal = one(r"结余" + NUM + r"万元，年末由县财政收回", t).group(1)
    R.balance(bal, ann, spent, "结余 = 调整后预算(=到位) - 支出")

    def srow(label, n):
        m = one(r"\n" + re.escape(label) + r" ([^\n]+)", t, label)
        toks = m.group(1).split(" ")
        return toks[:n]
    tot = srow("年度资金总额", 6)
    fin = srow("其中：财政资金", 3)
    others = [srow(k, 3) for k in ("财政专户管理资金", "单位资金", "其他资金")]
    for j, col in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        R.total(tot[j], [fin[j]] + [o[j] for o in others], f"年度资金总额 {col} = 各来源之和")
    R.same(tot[0], ini, "年初 text/table")
    R.same(tot[1], ann, "全年预算 text/table")
    R.same(tot[2], spent, "执行 text/table")
    rate = tot[4]
    R.rate(rate, num(tot[2]), num(tot[1]), "执行率 (table)")
    R.approx("rate_mismatch", approx_rate, num(spent) / num(ann) * 100, num(spent) / num(ann) * 100,
             "执行率约 (text)")
    R.exceeds(tot[5], tot[3], "预算执行")
    R.add("score_rule_mismatch",
          agrees(tot[5], num(tot[3]) * num(tot[2]) / num(tot[1])) or agrees(tot[5], num(tot[3]) * num(rate) / 100),
          "预算执行得分 = 10 × 执行率")

    m = one(r"共收集药品不良反应报告(\d+)份（(\d{4})年为\d+份），四个季度分别为(\d+)份、(\d+)份、(\d+)份、(\d+)份，季均(\d+)份；"
            r"其中新的和严重报告(\d+)份，占" + NUM + "%", t)
    adr, yprev, q1, q2_, q3, q4, qavg, serious, share = m.groups()
    R.year(int(yprev) == Y - 1, "上年对比")
    R.total(adr, [q1, q2_, q3, q4], "季度报告之和")
    R.average(qavg, [q1, q2_, q3, q4], "季均报告数")
    R.rate(share, num(serious), num(adr), "新的和严重占比")
    m = one(r"常住人口约" + NUM + r"万人测算，每百万人口报告数约(\d+)份", t)
    p, h = num(m.group(1)), tol(m.group(1))
    R.approx("rate_mismatch", m.group(2), num(adr) * 100 / (p + h), num(adr) * 100 / (p - h), "每百万人口报告数")
    devr = one(r"医疗器械不良事件报告(\d+)份", t).group(1)
    m = one(r"化妆品不良反应报告(\d+)份，未达到(\d+)份的目标", t)
    cosr, cos_target = m.groups()
    m = one(r"严重报告(\d+)份，其中(\d+)份在15日内上报，及时率" + NUM + "%", t)
    timely = m.group(3)
    R.rate(timely, num(m.group(2)), num(m.group(1)), "严重报告及时率")
    R.same(one(r"\n(\d+)家哨点医疗机构全部纳入", t).group(1), n_sites, "哨点数")
    m = one(r"本项目得分" + NUM + r"分，评价等级为“(.+?)”", t)
    p_total, p_grade = m.groups()
    R.grade(p_grade, p_total, "评价等级")

    start = t.index("一级指标 二级指标 三级指标")
    lines = t[start:].split("\n")[1:]
    rows = {}
    total_row = None
    for line in lines:
        if line.startswith("总分 "):
            total_row = line.split(" ")[1:3]
            break
        toks = line.split(" ")
        k = next(i for i, x in enumerate(toks) if x in ("≥", "≤", "=", ">", "<"))
        name, sign, target, unit, actual, w, s = toks[k - 1:k + 6]
        rows[name] = (target, unit, actual, w, s)
        row_checks(R, name, target, actual, w, s, unit=unit, sign=sign)
        if unit == "%":
            R.bounded(actual, name)
    if len(rows) != 9:
        raise ParseError(f"indicator rows: {len(rows)}")
    R.total(total_row[0], [tot[3]] + [v[3] for v in rows.values()], "分值合计", code="weight_sum_mismatch",
            rescale=False)
    R.add("weight_sum_mismatch", num(total_row[0]) == 100, "总分值 = 100")
    R.total(total_row[1], [tot[5]] + [v[4] for v in rows.values()], "得分合计", code="score_sum_mismatch",
            rescale=False)
    R.same(p_total, total_row[1], "总分 text/table")
    R.same(rows["药品不良反应报告数"][2], adr, "ADR报告 text/table")
    R.same(rows["医疗器械不良事件报告数"][2], devr, "器械报告 text/table")
    R.same(rows["化妆品不良反应报告数"][2], cosr, "化妆品报告 text/table")
    R.same(rows["化妆品不良反应报告数"][0], cos_target, "化妆品目标 text/table")
    R.same(rows["新的和严重报告占比"][2], share, "占比 text/table")
    R.same(rows["严重报告15日内上报率"][2], timely, "及时率 text/table")
    R.same(rows["药品不良反应报告数"][0], one(r"全年收集药品不良反应报告不少于(\d+)份", t).group(1), "ADR目标")
    R.same(rows["医疗器械不良事件报告数"][0], one(r"医疗器械不良事件报告不少于(\d+)份", t).group(1), "器械目标")
    R.same(rows["化妆品不良反应报告数"][0], one(r"化妆品不良反应报告不少于(\d+)份", t).group(1), "化妆品目标")
    R.same(rows["新的和严重报告占比"][0], one(r"新的和严重报告占比不低于(\d+)%", t).group(1), "占比目标")
    R.same(rows["严重报告15日内上报率"][0], one(r"15日内上报率不低于(\d+)%", t).group(1), "及时率目标")
    m = one(r"二级医院(\d+)家、乡镇卫生院(\d+)家、民营医院(\d+)家作为监测哨点", t)
    R.total(n_sites, list(m.groups()), "哨点 = 二级医院 + 乡镇卫生院 + 民营医院")
    R.same(one(r"县监测站负责日常监测，(\d+)家哨点医疗机构", t).group(1), n_sites, "哨点数 (实施)")
    m = one(r"预算执行情况计(\d+)分，绩效指标计(\d+)分", t)
    R.same(m.group(1), tot[3], "预算执行分值 text/table")
    R.total(m.group(2), [v[3] for v in rows.values()], "绩效指标分值之和 = 90", code="weight_sum_mismatch", rescale=False)
    return R


# ============================================================================= P4 Guangxi 2022

def check_gx(t):
    R, Y = Res(), 2022
    R.year(int(one(r"八步区市场监督管理局(\d{4})年度食品安全监督抽检专项资金绩效自评报告", t).group(1)) == Y, "title")
    R.year(int(one(r"（(\d{4})年度）", t).group(1)) == Y, "table year")
    R.year(Y <= int(one(r"发布时间：(\d{4})-", t).group(1)) <= Y + 1, "发布时间")
    m = one(r"年初预算" + NUM + r"万元，其中区本级安排" + NUM + r"万元，自治区于(\d{4})年12月提前下达的(\d{4})年食品安全抽检补助"
            + NUM + r"万元；8月自治区追加" + NUM + r"万元，加上(\d{4})年结转资金" + NUM + r"万元，全年预算" + NUM + "万元", t)
    ini, local, yadv, yfor, adv, add, ycarry, carry, ann = m.groups()
    R.total(ini, [local, adv], "年初 = 区本级 + 提前下达")
    R.year(int(yadv) == Y - 1 and int(yfor) == Y, "提前下达: 上年12月下达本年资金")
    R.year(int(ycarry) == Y - 1, "上年结转来源年度")
    R.total(ann, [ini, add, carry], "全年预算 = 年初 + 追加 + 上年结转")
    m = one(r"全年支出" + NUM + r"万元，预算执行率" + NUM + r"%；未支出的" + NUM + r"万元为12月委托检验尾款，结转(\d{4})年支付", t)
    spent, rate, bal, ycf = m.groups()
    R.rate(rate, num(spent), num(ann), "执行率 (text)")
    R.balance(bal, ann, spent, "未支出 = 全年预算 - 支出")
    R.year(int(ycf) > Y, "结转年份晚于评价年度")

    def frow(label):
        cells, i = tab_row(t, label)
        return cells[i + 1:i + 7]       # 年初, 全年, 执行, 分值, 执行率, 得分
    tot, fis, car, oth = (frow(k) for k in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"))
    for j, col in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        R.total(tot[j], [fis[j], car[j], oth[j]], f"年度资金总额 {col}")
    for lab, r in (("年度资金总额", tot), ("当年财政拨款", fis), ("上年结转资金", car), ("其他资金", oth)):
        if num(r[1]) == 0:
            R.add("implausible_rate", r[4] in ("—", "0", "0%"), f"{lab}: zero base rate {r[4]}")
        else:
            R.rate(r[4], num(r[2]), num(r[1]), f"{lab} 执行率 (table)")
    R.same(tot[0], ini, "年初 text/table")
    R.same(tot[1], ann, "全年预算 text/table")
    R.same(tot[2], spent, "执行 text/table")
    R.same(tot[4], rate, "执行率 text/table")
    R.total(fis[1], [ini, add], "当年财政拨款 全年 = 年初 + 追加")
    R.same(car[1], carry, "上年结转 text/table")
    R.same(fis[0], ini, "当年财政拨款 年初 = 年初预算 (年初无结转)")
    R.balance(bal, fis[1], fis[2], "未支出全部为当年财政拨款")
    R.exceeds(tot[5], tot[3], "预算执行")
    R.add("score_rule_mismatch",
          agrees(tot[5], num(tot[3]) * num(tot[2]) / num(tot[1])) or agrees(tot[5], num(tot[3]) * num(tot[4]) / 100),
          "预算执行得分 = 10 × 执行率")

    m = one(r"共抽检(\d+)批次（含餐饮环节(\d+)批次），覆盖(\d+)个食品大类，检出不合格(\d+)批次，总体不合格率" + NUM
            + r"%，低于(\d{4})年的" + NUM + r"%（当年抽检[\d,]+批次）；餐饮环节不合格(\d+)批次，不合格率" + NUM + "%", t)
    batches, cat_b, kinds, fails, frate, yprev, _prev, cat_f, cat_rate = m.groups()
    R.year(int(yprev) == Y - 1, "上年对比")
    R.rate(frate, num(fails), num(batches), "总体不合格率")
    R.rate(cat_rate, num(cat_f), num(cat_b), "餐饮环节不合格率")
    m = one(r"(\d+)批次不合格食品均已核查处置，其中(\d+)批次在规定时限内完成", t)
    R.same(m.group(1), fails, "不合格批次")
    handled_on_time, handled = m.group(2), m.group(1)
    summary = one(r"全年完成食品安全监督抽检([\d,]+)批次", t).group(1)
    R.same(summary, batches, "抽检批次 综合评价/产出")
    m = one(r"委托检验费" + NUM + r"万元，按实际抽检批次计平均每批次约(\d+)元", t)
    fee, avg = m.groups()
    c = num(fee) * 10000 / num(batches)
    R.approx("average_mismatch", avg, c, c, "每批次检验成本")
    p_grade = one(r"本项目评价等级为“(.+?)”", t).group(1)

    names = ["食品安全监督抽检批次", "抽检覆盖食品大类", "不合格食品核查处置率", "抽检结果信息公布率",
             "核查处置按时完成率", "单批次平均检验成本", "抽检不合格率", "重大食品安全事故",
             "问题食品溯源处置机制", "公众满意度"]
    rows = {}
    for nm in names:
        cells, i = tab_row(t, nm)
        target, actual, w, s = cells[i + 1:i + 5]
        rows[nm] = (target, actual, w, s)
        row_checks(R, nm, target, actual, w, s)
    cells, i = tab_row(t, "总分")
    tw, ts = [c for c in cells[i + 1:] if c.strip() and c != "&nbsp;"][:2]
    R.total(tw, [tot[3]] + [v[2] for v in rows.values()], "分值合计", code="weight_sum_mismatch", rescale=False)
    R.add("weight_sum_mismatch", num(tw) == 100, "总分值 = 100")
    R.total(ts, [tot[5]] + [v[3] for v in rows.values()], "得分合计", code="score_sum_mismatch", rescale=False)
    R.grade(p_grade, ts, "评价等级 (text) vs 总分 (table)")
    R.same(Cell(rows["食品安全监督抽检批次"][1]).s, batches, "抽检批次 text/table")
    R.same(Cell(rows["抽检覆盖食品大类"][1]).s, kinds, "食品大类 text/table")
    R.same(Cell(rows["抽检不合格率"][1]).s, frate, "不合格率 text/table")
    R.rate(Cell(rows["核查处置按时完成率"][1]).s, num(handled_on_time), num(handled), "按时完成率 (table vs text)")
    R.same(Cell(rows["单批次平均检验成本"][1]).s, avg, "每批次成本 text/table")
    R.same(Cell(rows["食品安全监督抽检批次"][0]).s, one(r"抽检不少于(\d+)批次", t).group(1), "抽检目标")
    R.same(Cell(rows["抽检覆盖食品大类"][0]).s, one(r"食品大类不少于(\d+)类", t).group(1), "大类目标")
    R.same(Cell(rows["抽检不合格率"][0]).s, one(r"不合格率控制在(\d+)%以内", t).group(1), "不合格率目标")
    R.same(Cell(rows["公众满意度"][0]).s, one(r"公众满意度不低于(\d+)%", t).group(1), "满意度目标")
    return R


# ============================================================================= P5 Fujian 2024

def check_fj(t):
    R, Y = Res(), 2024
    R.year(int(one(r"^长汀县市场监督管理局(\d{4})年度部门整体支出绩效自评报告", t).group(1)) == Y, "title")
    R.year(int(one(r"表1 (\d{4})年部门预算执行情况", t).group(1)) == Y, "表1")
    R.year(int(one(r"表2 (\d{4})年项目支出自评结果", t).group(1)) == Y, "表2")
    R.year(int(one(r"表3 (\d{4})年度部门整体支出绩效自评表", t).group(1)) == Y, "表3")
    R.year(int(one(r"开展(\d{4})年度预算绩效自评工作的通知", t).group(1)) == Y, "通知所指年度")
    R.year(int(one(r"截至(\d{4})年12月31日", t).group(1)) == Y, "截至…年12月31日")
    R.year(int(one(r"已结转(\d{4})年继续使用", t).group(1)) > Y, "结转年份")
    R.year(int(one(r"结转(\d{4})年的项目资金", t).group(1)) > Y, "结转年份 (其他)")
    R.year(Y <= int(one(r"\n(\d{4})年\d{1,2}月\d{1,2}日\s*$", t).group(1)) <= Y + 1, "report date")
    R.year(int(one(r"\n(\d{4})年年初预算", t).group(1)) == Y, "预算年度")
    m = one(r"年初预算" + NUM + r"万元，年中追加[^，。]*?" + NUM + r"万元，调整后全年预算" + NUM + r"万元；全年支出" + NUM
            + r"万元，预算执行率" + NUM + r"%。年末结转结余" + NUM + "万元", t)
    ini, add, ann, spent, rate, bal = m.groups()
    R.total(ann, [ini, add], "全年预算 = 年初 + 追加")
    R.rate(rate, num(spent), num(ann), "执行率 (text)")
    R.balance(bal, ann, spent, "结转结余 = 全年预算 - 支出")

    def prow(label, n, region=t):
        m = one(r"\n" + re.escape(label) + r"｜([^\n]+)", region, label)
        return m.group(1).split("｜")[:n]
    t1 = t[t.index("表1 "):t.index("三、自评工作开展情况")]
    basic, proj, tot = prow("基本支出", 4, t1), prow("项目支出", 4, t1), prow("合计", 4, t1)
    for j, col in enumerate(("年初预算", "全年预算", "全年执行")):
        R.total(tot[j], [basic[j], proj[j]], f"表1 {col} 合计")
    for lab, r in (("基本支出", basic), ("项目支出", proj), ("合计", tot)):
        R.rate(r[3], num(r[2]), num(r[1]), f"表1 {lab} 执行率")
    R.same(tot[0], ini, "年初 text/表1")
    R.same(tot[1], ann, "全年 text/表1")
    R.same(tot[2], spent, "执行 text/表1")
    R.same(tot[3], rate, "执行率 text/表1")
    R.balance(bal, proj[1], proj[2], "结转结余全部为项目资金")

    projects = [prow(k, 5) for k in ("食品安全抽检监测", "药品不良反应监测", "市场监管执法办案及综合监管")]
    for j, col in enumerate(("全年预算", "全年执行")):
        R.total(proj[j + 1], [p[j] for p in projects], f"表2 项目{col}之和 = 表1 项目支出")
    for p, nm in zip(projects, ("食品", "药品", "执法")):
        R.rate(p[2], num(p[1]), num(p[0]), f"表2 {nm} 执行率")
        R.exceeds(p[3], 100, f"表2 {nm} 自评得分")
        R.grade(p[4], p[3], f"表2 {nm} 等级")
    avg = one(r"三个项目平均自评得分" + NUM + "分", t).group(1)
    R.average(avg, [p[3] for p in projects], "项目平均分")

    m = one(r"全年完成食品安全抽检([\d,]+)批次（(\d{4})年为[\d,]+批次），按全县常住人口约" + NUM + r"万人计算，约" + NUM
            + r"批次/千人；检出不合格(\d+)批次，不合格率" + NUM + "%", t)
    batches, yprev, pop, perk, fails, frate = m.groups()
    R.year(int(yprev) == Y - 1, "上年对比")
    p, h = num(pop), tol(pop)
    R.approx("rate_mismatch", perk, num(batches) / ((p + h) * 10), num(batches) / ((p - h) * 10), "每千人批次")
    R.rate(frate, num(fails), num(batches), "不合格率")
    per = one(r"平均每批次抽检费用约([\d,]+)元", t).group(1)
    c = num(projects[0][1]) * 10000 / num(batches)
    R.approx("average_mismatch", per, c, c, "每批次费用")
    m = one(r"得" + NUM + r"分（满分" + NUM + r"分）", t)
    R.exceeds(m.group(1), m.group(2), "市局考评")
    R.year(int(one(r"龙岩市市场监督管理局(\d{4})年度食品安全抽检监测工作考评", t).group(1)) == Y, "考评年度")
    m = one(r"收集药品不良反应报告(\d+)份（(\d{4})年\d+份），其中新的和严重报告(\d+)份，占" + NUM + "%", t)
    adr, yp2, serious, share = m.groups()
    R.year(int(yp2) == Y - 1, "上年对比 ADR")
    R.rate(share, num(serious), num(adr), "新的和严重占比")
    R.bounded(one(r"上传及时率" + NUM + "%", t).group(1), "快检数据上传及时率")
    cases = one(r"立案查处各类案件(\d+)件", t).group(1)
    sat = one(r"满意度" + NUM + "%", t).group(1)
    R.bounded(sat, "满意度")

    start = t.index("一级指标｜二级指标｜三级指标")
    rows, total_row = {}, None
    for line in t[start:].split("\n")[1:]:
        cells = line.split("｜")
        if cells[0] == "合计":
            total_row = cells[5:7]
            break
        name, target, actual, w, s = cells[2:7]
        rows[name] = (target, actual, w, s)
        row_checks(R, name, target, actual, w, s)
    if len(rows) != 10:
        raise ParseError(f"表3 rows: {len(rows)}")
    R.total(total_row[0], [v[2] for v in rows.values()], "分值合计", code="weight_sum_mismatch", rescale=False)
    R.add("weight_sum_mismatch", num(total_row[0]) == 100, "总分值 = 100")
    R.total(total_row[1], [v[3] for v in rows.values()], "得分合计", code="score_sum_mismatch", rescale=False)
    m = one(r"部门整体支出自评得分" + NUM + r"分，等级为(优秀|优|良好|良|中|合格|差)", t)
    R.same(m.group(1), total_row[1], "总分 text/表3")
    R.grade(m.group(2), m.group(1), "等级")
    R.same(Cell(rows["预算执行率"][1]).s, rate, "执行率 表3/表1")
    R.same(Cell(rows["食品安全抽检批次"][1]).s, batches, "抽检批次 text/表3")
    R.same(Cell(rows["药品不良反应报告数"][1]).s, adr, "ADR报告 text/表3")
    R.same(Cell(rows["立案查处案件数"][1]).s, cases, "案件 text/表3")
    R.same(Cell(rows["新的和严重报告占比"][1]).s, share, "占比 text/表3")
    R.same(Cell(rows["群众满意度"][1]).s, sat, "满意度 text/表3")
    R.rate(Cell(rows["食品抽检合格率"][1]).s, num(batches) - num(fails), num(batches), "合格率")
    R.same(Cell(rows["食品安全抽检批次"][0]).s, one(r"抽检不少于(\d+)批次", t).group(1), "抽检目标")
    R.same(Cell(rows["药品不良反应报告数"][0]).s, one(r"报告不少于(\d+)份", t).group(1), "ADR目标")
    R.same(Cell(rows["立案查处案件数"][0]).s, one(r"案件不少于(\d+)件", t).group(1), "案件目标")
    R.same(Cell(rows["群众满意度"][0]).s, one(r"群众满意度不低于(\d+)%", t).group(1), "满意度目标")
    R.same(Cell(rows["新的和严重报告占比"][0]).s, one(r"低于(\d+)%的目标", t).group(1), "占比目标")
    R.same(one(r"全部(\d+)个项目开展自评", t).group(1), len(projects), "项目个数")
    R.add("rate_mismatch", num(projects[0][2]) < num(one(r"食品安全抽检监测项目执行率未达到(\d+)%", t).group(1)),
          "“食品抽检项目执行率未达到90%” vs 表2")
    R.add("sum_mismatch", num(one(r"其中食品药品案件(\d+)件", t).group(1)) <= num(cases), "其中 ≤ 总数")
    return R


CHECKERS = {
    "hb-zhongxiang-spchoujian-2020": check_hb,
    "sx-xiangyuan-ypjiance-2021": check_sx,
    "sc-qingshen-adrjiance-2023": check_sc,
    "gx-babu-spchoujian-2022": check_gx,
    "fj-changting-bmzt-2024": check_fj,
}


# ============================================================================= driver

def changed_span(clean, err):
    p = 0
    while p < min(len(clean), len(err)) and clean[p] == err[p]:
        p += 1
    s = 0
    while s < min(len(clean), len(err)) - p and clean[-1 - s] == err[-1 - s]:
        s += 1
    return p, len(err) - s, clean[p:len(clean) - s], err[p:len(err) - s]


NUMCH = set("0123456789.,")

# Edits whose changed token recurs in the clean draft with a different meaning, checked by hand:
# the quantity that was changed is itself stated once.
FIGURE_EXEMPT = {
    "hb-zhongxiang-spchoujian-2020-e6.txt": "weight cell 10 of 食用农产品抽检批次; the other 10s are other rows' weights/scores",
    "sx-xiangyuan-ypjiance-2021-e5.txt": "2021 is the evaluation year, stated throughout; '截至2021年12月31日' occurs once",
    "sc-qingshen-adrjiance-2023-e1.txt": "weight 8 of 化妆品不良反应报告数; the other 8 is the month in '8月'",
    "gx-babu-spchoujian-2022-e5.txt": "2023 as carry-over year occurs once; the other 2023 is the publication date",
}


def figure_count(clean, a, b):
    """The figure the edit changed (clean[a:b] widened to the whole number, or the word with one
    character of context) and how often it is stated in the clean draft (commas ignored)."""
    if re.search(r"\d", clean[a:b]) or (a < len(clean) and clean[a] in NUMCH) or (a > 0 and clean[a - 1] in NUMCH):
        while a > 0 and clean[a - 1] in NUMCH:
            a -= 1
        while b < len(clean) and clean[b] in NUMCH:
            b += 1
        fig = clean[a:b].strip(".,")
        if re.fullmatch(r"[\d.,]+", fig):
            flat = clean.replace(",", "")
            pat = r"(?<![\d.])" + re.escape(fig.replace(",", "")) + r"(?![\d]|\.\d)"
            return len(re.findall(pat, flat)), fig
        return clean.count(fig), fig
    fig = clean[max(0, a - 1):b + 1]
    return clean.count(fig), fig


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    counts = {}
    n_checks = 0
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        src = lab["source"]
        clean = open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8").read()
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with expected findings")
        else:
            if len(lab["expected"]) != 1:
                problems.append(f"{lab['case']}: expected exactly one label")
                continue
            exp = lab["expected"][0]
            if exp["severity"] != "error" or exp["code"] not in ERROR_CODES:
                problems.append(f"{lab['case']}: bad code/severity {exp}")
            counts[exp["code"]] = counts.get(exp["code"], 0) + 1
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            if not occ:
                problems.append(f"{lab['case']}: value {v!r} not in case")
            a, b, old, new = changed_span(clean, text)
            if not new and not old:
                problems.append(f"{lab['case']}: identical to clean draft")
            # one contiguous difference by construction of (a, b); it must overlap the value
            if not any(o < max(b, a + 1) and a < o + len(v) for o in occ):
                problems.append(f"{lab['case']}: changed span [{a},{b}) {new!r} does not overlap value {v!r}")
            # the changed figure must be stated only once in the clean draft (twice or more
            # for conflicting_values, where the second statement is the point)
            n_fig, fig = figure_count(clean, a, len(clean) - (len(text) - b))
            want_ok = n_fig >= 2 if exp["code"] == "conflicting_values" else n_fig == 1
            if not want_ok and lab["case"] not in FIGURE_EXEMPT:
                problems.append(f"{lab['case']}: changed figure {fig!r} stated {n_fig} times in the clean draft")
        try:
            res = CHECKERS[src](text)
        except (ParseError, ValueError, KeyError, StopIteration, AttributeError, IndexError) as e:
            problems.append(f"{lab['case']}: parse failure: {type(e).__name__}: {e}")
            continue
        n_checks += len(res.items)
        failed_err = res.failed(ERROR_CODES)
        if lab["clean"]:
            bad = [m for m in res.messages()]
            if bad:
                problems.append(f"{lab['case']}: clean draft fails: {bad}")
        else:
            code = lab["expected"][0]["code"]
            if failed_err != [code]:
                problems.append(f"{lab['case']}: expected only {code} to fail, failed {failed_err}: "
                                f"{[m for m in res.messages() if not m.startswith('score_rule')]}")
    for code in sorted(ERROR_CODES):
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} used {counts.get(code, 0)} times (< 2)")
    print(f"{len(labels)} cases, {n_checks} arithmetic checks run")
    for code in sorted(counts):
        print(f"  {code:22s} {counts[code]}")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
